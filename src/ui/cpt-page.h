/* cpt-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CPT_TYPE_PAGE (cpt_page_get_type ())

G_DECLARE_INTERFACE (CptPage, cpt_page, CPT, PAGE, GtkWidget)

/* A top-level page of the main window (orders, invoices, customers…).
 * The window registers every child of its stack that implements this
 * interface: it hands it the database, forwards the header bar's search
 * text and « + Nouveau », and asks it to reload after a change. The
 * database is a gpointer so that this header stays free of the store. */
struct _CptPageInterface
{
  GTypeInterface parent_iface;

  void     (*set_database)    (CptPage    *self,
                               gpointer    database);
  void     (*set_search_text) (CptPage    *self,
                               const char *text);
  /* Re-query what is visible, keeping the selection and scroll if possible. */
  void     (*reload)          (CptPage    *self);
  /* « + Nouveau »: FALSE when the page cannot create anything right now. */
  gboolean (*create)          (CptPage    *self);
  /* Back from a detail view to the list; FALSE when already on the list. */
  gboolean (*go_back)         (CptPage    *self);
};

void     cpt_page_set_database    (CptPage    *self,
                                   gpointer    database);
void     cpt_page_set_search_text (CptPage    *self,
                                   const char *text);
void     cpt_page_reload          (CptPage    *self);
gboolean cpt_page_create          (CptPage    *self);
gboolean cpt_page_go_back         (CptPage    *self);

G_END_DECLS
