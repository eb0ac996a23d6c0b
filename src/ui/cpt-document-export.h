/* cpt-document-export.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-document.h"

G_BEGIN_DECLS

void cpt_document_export_run (GtkWindow           *parent,
                              CptDocument * const *documents,
                              guint                n_documents);
void cpt_document_print_run  (GtkWindow           *parent,
                              CptDocument * const *documents,
                              guint                n_documents);

G_END_DECLS
