/* cpt-order-form-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-order-form.h"
#include "cpt-order-line-row.h"
#include "cpt-order.h"
#include "cpt-totals.h"

G_BEGIN_DECLS

/* Shared by the files of the order form, and by its tests, which drive
 * the real widgets. */
struct _CptOrderForm
{
  AdwWindow       parent_instance;

  CptDatabase    *db;
  gint64          order_id;
  gint64          customer_id;
  char           *customer_email;
  char           *customer_name;

  /* The drop-downs' choices, parallel to their string lists. */
  GtkStringList  *tax_names;
  GArray         *tax_choices;   /* CptTaxChoice */
  gint64          default_tax_id;
  GArray         *delivery_ids;  /* gint64, 0 first for « none » */
  GArray         *terms_ids;     /* gint64, 0 first for « none » */
  GArray         *warehouse_ids; /* gint64 */
  gboolean        no_vat;
  gboolean        manual_number;

  GtkSizeGroup   *columns[CPT_ORDER_LINE_N_COLUMNS];

  gboolean        dirty;
  guint           loading;
  CptTotals       totals;
  gboolean        totals_valid;

  /* template children */
  GtkWidget      *toast_overlay;
  GtkWidget      *scroller;
  GtkWidget      *form_error_label;
  GtkWidget      *customer_entry;
  GtkWidget      *customer_error;
  GtkWidget      *new_customer_button;
  GtkWidget      *billing_editor;
  GtkWidget      *shipping_editor;
  GtkWidget      *email_label;
  GtkWidget      *number_entry;
  GtkWidget      *numbering_button;
  GtkWidget      *number_error;
  GtkWidget      *reference_entry;
  GtkWidget      *date_entry;
  GtkWidget      *shipment_date_entry;
  GtkWidget      *date_error;
  GtkWidget      *delivery_dropdown;
  GtkWidget      *terms_dropdown;
  GtkWidget      *warehouse_dropdown;
  GtkWidget      *salesperson_entry;
  GtkWidget      *lines_header;
  GtkWidget      *header_quantity;
  GtkWidget      *header_unit;
  GtkWidget      *header_rate;
  GtkWidget      *header_discount;
  GtkWidget      *header_tax;
  GtkWidget      *header_amount;
  GtkWidget      *header_remove;
  GtkWidget      *lines_box;
  GtkWidget      *lines_error;
  GtkWidget      *notes_view;
  GtkWidget      *terms_view;
  GtkWidget      *subtotal_label;
  GtkWidget      *discount_entry;
  GtkWidget      *discount_kind_dropdown;
  GtkWidget      *discount_label;
  GtkWidget      *shipping_entry;
  GtkWidget      *shipping_tax_dropdown;
  GtkWidget      *shipping_label;
  GtkWidget      *taxes_box;
  GtkWidget      *adjustment_label_entry;
  GtkWidget      *adjustment_entry;
  GtkWidget      *adjustment_label;
  GtkWidget      *totals_error;
  GtkWidget      *total_label;
  GtkWidget      *draft_button;
  GtkWidget      *send_button;
};

/* cpt-order-form-lines.c */
CptOrderLineRow *cpt_order_form_add_line          (CptOrderForm     *self);
guint            cpt_order_form_get_n_lines       (CptOrderForm     *self);
CptOrderLineRow *cpt_order_form_get_line          (CptOrderForm     *self,
                                                   guint             position);
void             cpt_order_form_pick_item         (CptOrderForm     *self,
                                                   CptOrderLineRow  *row,
                                                   gint64            item_id);
void             cpt_order_form_update_totals     (CptOrderForm     *self);
void             cpt_order_form_refresh_stock     (CptOrderForm     *self);
gboolean         cpt_order_form_collect_lines     (CptOrderForm     *self,
                                                   CptOrder         *order,
                                                   GError          **error);
gboolean         cpt_order_form_read_amounts      (CptOrderForm     *self,
                                                   CptOrder         *order,
                                                   GError          **error);
void             cpt_order_form_show_bulk_dialog  (CptOrderForm     *self);
void             cpt_order_form_changed           (CptOrderForm     *self);
gint64           cpt_order_form_get_warehouse_id  (CptOrderForm     *self);

/* cpt-order-form-customer.c */
void             cpt_order_form_init_customer     (CptOrderForm     *self);
void             cpt_order_form_set_customer      (CptOrderForm     *self,
                                                   gint64            customer_id,
                                                   gboolean          fill);
void             cpt_order_form_new_customer_action (GtkWidget      *widget,
                                                   const char       *action_name,
                                                   GVariant         *parameter);

/* cpt-order-form.c */
void             cpt_order_form_select_id         (GtkWidget        *dropdown,
                                                   GArray           *ids,
                                                   gint64            id);

/* Shared by the files: a message under a field, or hidden with NULL. */
void             cpt_order_form_set_field_error   (GtkWidget        *label,
                                                   const char       *message);

G_END_DECLS
