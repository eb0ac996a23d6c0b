/* cpt-order-form-data.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "cpt-address.h"
#include "cpt-database.h"

G_BEGIN_DECLS

/* What the order form and its dialogs read from the services, shaped for
 * their widgets: drop-down labels with parallel ids, and proposals for the
 * type-ahead entries. */

/* A tax a line's drop-down offers, in the drop-down's order. */
typedef struct
{
  gint64 id;
  gint32 rate;
} CptTaxChoice;

typedef struct
{
  char     *name;
  char     *sku;
  char     *unit;
  gint64    rate;
  gint64    tax_id;
  gboolean  track_stock;
  gint64    available;
} CptItemChoice;

void       cpt_item_choice_clear                     (CptItemChoice  *item);

gboolean   cpt_order_form_data_load_taxes            (CptDatabase    *db,
                                                      GtkStringList  *names,
                                                      GArray         *choices,
                                                      gint64         *default_tax_id,
                                                      GError        **error);
gboolean   cpt_order_form_data_load_delivery_methods (CptDatabase    *db,
                                                      GtkStringList  *names,
                                                      GArray         *ids,
                                                      GError        **error);
gboolean   cpt_order_form_data_load_payment_terms    (CptDatabase    *db,
                                                      GtkStringList  *names,
                                                      GArray         *ids,
                                                      gint64         *default_id,
                                                      GError        **error);
gboolean   cpt_order_form_data_load_warehouses       (CptDatabase    *db,
                                                      GtkStringList  *names,
                                                      GArray         *ids,
                                                      gint64         *default_id,
                                                      GError        **error);
gboolean   cpt_order_form_data_company_has_no_vat    (CptDatabase    *db);
gboolean   cpt_order_form_data_sales_order_numbering (CptDatabase    *db,
                                                      gboolean       *manual,
                                                      char          **preview,
                                                      GError        **error);
GPtrArray *cpt_order_form_data_search_customers      (CptDatabase    *db,
                                                      const char     *text,
                                                      guint           limit);
gboolean   cpt_order_form_data_get_customer         (CptDatabase    *db,
                                                      gint64          customer_id,
                                                      char          **name,
                                                      char          **email,
                                                      CptAddress    **billing,
                                                      CptAddress    **shipping,
                                                      gint64         *payment_terms_id,
                                                      GError        **error);
GPtrArray *cpt_order_form_data_search_items          (CptDatabase    *db,
                                                      const char     *text,
                                                      gint64          warehouse_id,
                                                      guint           limit);
gboolean   cpt_order_form_data_get_item              (CptDatabase    *db,
                                                      gint64          item_id,
                                                      gint64          warehouse_id,
                                                      CptItemChoice  *item,
                                                      GError        **error);

G_END_DECLS
