/* cpt-list-page-util.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-document-export.h"
#include "cpt-lazy-list.h"

G_BEGIN_DECLS

/* What the list pages share: sorting by SQL from the clicked column
 * header, the selected rows' ids, going back from a record to the list,
 * and printing or exporting the documents of the selection. */

/* print or export: cpt_document_print_run or cpt_document_export_run. */
typedef void (*CptDocumentRunFunc) (GtkWindow           *parent,
                                    CptDocument * const *documents,
                                    guint                n_documents);

void      cpt_list_page_set_column_sort  (GtkColumnViewColumn *column,
                                          int                  sort);
gboolean  cpt_list_page_read_sort        (GtkColumnView       *column_view,
                                          int                 *sort,
                                          gboolean            *descending);
GArray   *cpt_list_page_get_selected_ids (GtkSelectionModel   *selection,
                                          CptLazyList         *list,
                                          guint                max);
void      cpt_list_page_show_list        (GtkStack            *stack,
                                          GtkColumnView       *column_view);
gboolean  cpt_list_page_go_back          (GtkStack            *stack,
                                          const char          *detail_name,
                                          GtkColumnView       *column_view);
void      cpt_list_page_run_documents    (GtkWidget           *widget,
                                          GPtrArray           *documents,
                                          CptDocumentRunFunc   run);

G_END_DECLS
