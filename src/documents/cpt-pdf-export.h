/* cpt-pdf-export.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "cpt-document.h"

G_BEGIN_DECLS

GBytes   *cpt_document_render_pdf_bytes  (CptDocument  *document,
                                          GError      **error);
gboolean  cpt_document_export_pdf        (CptDocument  *document,
                                          const char   *path,
                                          GError      **error);
gboolean  cpt_document_export_pdf_to_folder (CptDocument * const *documents,
                                             guint                n_documents,
                                             const char          *folder,
                                             GError             **error);
char     *cpt_document_suggest_file_name (CptDocument  *document);

G_END_DECLS
