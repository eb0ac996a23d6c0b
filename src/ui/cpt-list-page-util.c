/* cpt-list-page-util.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-list-page-util"

#include "config.h"

#include "cpt-list-page-util.h"

/* The column view's sorter only tells which header was clicked: a probe
 * sorter per column records its sort key when the view's sorter asks the
 * primary column first, and the order comes from the sign. The rows are
 * sorted by SQL (ARCHITECTURE.md §8). */
static int probed_sort = -1;

static int
sort_probe (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  probed_sort = GPOINTER_TO_INT (user_data);
  return GTK_ORDERING_SMALLER;
}

void
cpt_list_page_set_column_sort (GtkColumnViewColumn *column,
                               int                  sort)
{
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (sort_probe, GINT_TO_POINTER (sort), NULL));

  g_return_if_fail (GTK_IS_COLUMN_VIEW_COLUMN (column));

  gtk_column_view_column_set_sorter (column, sorter);
}

/* FALSE when no column is sorted: the caller keeps its default order. */
gboolean
cpt_list_page_read_sort (GtkColumnView *column_view,
                         int           *sort,
                         gboolean      *descending)
{
  GtkSorter *sorter;
  g_autoptr(GObject) a = NULL;
  g_autoptr(GObject) b = NULL;
  GtkOrdering ordering;

  g_return_val_if_fail (GTK_IS_COLUMN_VIEW (column_view), FALSE);

  sorter = gtk_column_view_get_sorter (column_view);
  a = g_object_new (G_TYPE_OBJECT, NULL);
  b = g_object_new (G_TYPE_OBJECT, NULL);
  probed_sort = -1;
  ordering = gtk_sorter_compare (sorter, a, b);
  if (probed_sort < 0 || ordering == GTK_ORDERING_EQUAL)
    return FALSE;
  *sort = probed_sort;
  *descending = ordering == GTK_ORDERING_LARGER;
  return TRUE;
}

/* The ids of the selected rows, in list order; at most @max. */
GArray *
cpt_list_page_get_selected_ids (GtkSelectionModel *selection,
                                CptLazyList       *list,
                                guint              max)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  if (selection == NULL || list == NULL)
    return ids;
  selected = gtk_selection_model_get_selection (selection);
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position);
       ok && ids->len < max;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      gint64 id = cpt_lazy_list_get_id (list, position);

      if (id > 0)
        g_array_append_val (ids, id);
    }

  return ids;
}

/* Back from the record shown in the page's stack to the list, with the
 * keyboard focus on the rows again. */
void
cpt_list_page_show_list (GtkStack      *stack,
                         GtkColumnView *column_view)
{
  gtk_stack_set_visible_child_name (stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (column_view));
}

/* CptPage.go_back: FALSE when the list (not @detail_name) is shown. */
gboolean
cpt_list_page_go_back (GtkStack      *stack,
                       const char    *detail_name,
                       GtkColumnView *column_view)
{
  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), detail_name) != 0)
    return FALSE;
  cpt_list_page_show_list (stack, column_view);
  return TRUE;
}

/* Prints or exports @documents (may be NULL: nothing to do) over the
 * widget's window. */
void
cpt_list_page_run_documents (GtkWidget          *widget,
                             GPtrArray          *documents,
                             CptDocumentRunFunc  run)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (documents != NULL)
    run (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
         (CptDocument * const *) documents->pdata, documents->len);
}
