/* cpt-document-export.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-document-builder.h"

G_BEGIN_DECLS

void cpt_document_export_run (GtkWindow           *parent,
                              CptDocument * const *documents,
                              guint                n_documents);
void cpt_document_print_run  (GtkWindow           *parent,
                              CptDocument * const *documents,
                              guint                n_documents);

/* One of the cpt_document_load_…() functions of cpt-document-builder.h. */
typedef CptDocument *(*CptDocumentLoadFunc) (CptDatabase  *db,
                                             gint64        id,
                                             GError      **error);

GPtrArray *cpt_document_load_all (CptDatabase          *db,
                                  const GArray         *ids,
                                  CptDocumentLoadFunc   load,
                                  GError              **error);

G_END_DECLS
