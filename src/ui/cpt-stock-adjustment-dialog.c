/* cpt-stock-adjustment-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-stock-adjustment-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-item-service.h"
#include "cpt-money.h"
#include "cpt-order-form-data.h"
#include "cpt-stock-adjustment-dialog.h"

struct _CptStockAdjustmentDialog
{
  AdwWindow    parent_instance;

  CptDatabase *db;
  gint64       item_id;
  GArray      *warehouse_ids;

  GtkWidget   *item_group;
  GtkWidget   *warehouse_row;
  GtkWidget   *on_hand_label;
  GtkWidget   *delta_check;
  GtkWidget   *count_check;
  GtkWidget   *quantity_row;
  GtkWidget   *reason_row;
  GtkWidget   *error_label;
};

G_DEFINE_FINAL_TYPE (CptStockAdjustmentDialog, cpt_stock_adjustment_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
selected_warehouse (CptStockAdjustmentDialog *self)
{
  guint position = adw_combo_row_get_selected (ADW_COMBO_ROW (self->warehouse_row));

  return position < self->warehouse_ids->len ? g_array_index (self->warehouse_ids, gint64, position) : 0;
}

static void
show_error (CptStockAdjustmentDialog *self,
            GtkWidget                *row,
            const char               *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message != NULL ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
  gtk_widget_remove_css_class (self->quantity_row, "error");
  gtk_widget_remove_css_class (self->reason_row, "error");
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

static void
update_on_hand (CptStockAdjustmentDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptItem) item = cpt_item_service_get (self->db, self->item_id, selected_warehouse (self), &error);
  g_autofree char *on_hand = NULL;

  if (item == NULL)
    {
      show_error (self, NULL, error->message);
      return;
    }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->item_group), cpt_item_get_name (item));
  on_hand = cpt_quantity_format (cpt_item_get_on_hand (item));
  gtk_label_set_text (GTK_LABEL (self->on_hand_label), on_hand);
}

/* Typing in a row marked wrong takes the mark away. */
static void
on_row_changed_cb (GtkWidget *row)
{
  gtk_widget_remove_css_class (row, "error");
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CptStockAdjustmentDialog *self = CPT_STOCK_ADJUSTMENT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *quantity_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->quantity_row))));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));
  gboolean counted = gtk_check_button_get_active (GTK_CHECK_BUTTON (self->count_check));
  gint64 quantity = 0;
  gboolean saved;

  if (quantity_text[0] == '\0')
    {
      show_error (self, self->quantity_row, _("Enter a quantity."));
      return;
    }
  if (!cpt_quantity_parse (quantity_text, &quantity, &error))
    {
      show_error (self, self->quantity_row, error->message);
      return;
    }
  if (reason[0] == '\0')
    {
      show_error (self, self->reason_row, _("Give a reason for the adjustment."));
      return;
    }

  if (counted)
    saved = cpt_item_service_count_stock (self->db, self->item_id, selected_warehouse (self),
                                          quantity, reason, &error);
  else
    saved = cpt_item_service_adjust_stock (self->db, self->item_id, selected_warehouse (self),
                                           quantity, reason, &error);
  if (!saved)
    {
      show_error (self, NULL, error->message);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_stock_adjustment_dialog_finalize (GObject *object)
{
  CptStockAdjustmentDialog *self = CPT_STOCK_ADJUSTMENT_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->warehouse_ids, g_array_unref);

  G_OBJECT_CLASS (cpt_stock_adjustment_dialog_parent_class)->finalize (object);
}

static void
cpt_stock_adjustment_dialog_class_init (CptStockAdjustmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cpt_stock_adjustment_dialog_finalize;

  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cpt-stock-adjustment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, item_group);
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, warehouse_row);
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, on_hand_label);
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, delta_check);
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, count_check);
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, quantity_row);
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, CptStockAdjustmentDialog, error_label);

  gtk_widget_class_install_action (widget_class, "stock.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_stock_adjustment_dialog_init (CptStockAdjustmentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->quantity_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  g_signal_connect (self->reason_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);

  self->warehouse_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
}

CptStockAdjustmentDialog *
cpt_stock_adjustment_dialog_new (GtkWindow   *parent,
                                 CptDatabase *db,
                                 gint64       item_id)
{
  CptStockAdjustmentDialog *self;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 default_id = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_STOCK_ADJUSTMENT_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->item_id = item_id;

  if (!cpt_order_form_data_load_warehouses (db, names, self->warehouse_ids, &default_id, &error))
    show_error (self, NULL, error->message);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->warehouse_row), G_LIST_MODEL (names));
  for (guint i = 0; i < self->warehouse_ids->len; i++)
    if (g_array_index (self->warehouse_ids, gint64, i) == default_id)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->warehouse_row), i);

  g_signal_connect_object (self->warehouse_row, "notify::selected",
                           G_CALLBACK (update_on_hand), self, G_CONNECT_SWAPPED);
  update_on_hand (self);
  gtk_widget_grab_focus (self->quantity_row);

  return self;
}
