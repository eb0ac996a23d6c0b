/* cpt-item-view.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-item-view"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cpt-item-view.h"
#include "cpt-item-form.h"
#include "cpt-item-service.h"
#include "cpt-stock-adjustment-dialog.h"
#include "cpt-money.h"

struct _CptItemView
{
  GtkWidget    parent_instance;

  CptDatabase *db;
  gint64       item_id;
  CptItem     *item;

  GtkLabel    *toolbar_title;
  GtkLabel    *name_label;
  GtkLabel    *stock_badge;
  GtkLabel    *rate_label;
  GtkGrid     *info_grid;
  GtkLabel    *description_label;
  GtkWidget   *stock_box;
  GtkGrid     *stock_grid;
};

G_DEFINE_FINAL_TYPE (CptItemView, cpt_item_view, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
new_label (const char *text,
           float       xalign,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
clear_grid (GtkGrid *grid)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (grid))) != NULL)
    gtk_grid_remove (grid, child);
}

static void
add_info (CptItemView *self,
          int         *row,
          const char  *key,
          const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  gtk_grid_attach (self->info_grid, new_label (key, 0, "dim-label"), 0, *row, 1, 1);
  gtk_grid_attach (self->info_grid, new_label (value, 0, NULL), 1, *row, 1, 1);
  (*row)++;
}

static void
cpt_item_view_fill_stock (CptItemView *self)
{
  static const char *headers[] = { N_("Warehouse"), N_("On Hand"), N_("Committed"), N_("Available") };
  g_autoptr(GArray) levels = NULL;
  g_autoptr(GError) error = NULL;

  clear_grid (self->stock_grid);
  gtk_widget_set_visible (self->stock_box, cpt_item_get_track_stock (self->item));
  if (!cpt_item_get_track_stock (self->item))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    {
      GtkWidget *header = new_label (_(headers[i]), i == 0 ? 0 : 1, "cpt-lines-header");

      gtk_widget_add_css_class (header, "dim-label");
      gtk_widget_add_css_class (header, "caption-heading");
      if (i == 0)
        gtk_widget_set_hexpand (header, TRUE);
      gtk_grid_attach (self->stock_grid, header, i, 0, 1, 1);
    }

  levels = cpt_item_service_get_stock (self->db, self->item_id, &error);
  if (levels == NULL)
    {
      g_debug ("Could not read the stock of item %" G_GINT64_FORMAT ": %s", self->item_id, error->message);
      return;
    }

  for (guint i = 0; i < levels->len; i++)
    {
      const CptStockLevel *level = &g_array_index (levels, CptStockLevel, i);
      g_autofree char *on_hand = cpt_quantity_format (level->on_hand);
      g_autofree char *committed = cpt_quantity_format (level->committed);
      g_autofree char *available = cpt_quantity_format (level->available);
      GtkWidget *available_label = new_label (available, 1, "numeric");

      if (level->available <= 0)
        gtk_widget_add_css_class (available_label, "error");
      gtk_grid_attach (self->stock_grid, new_label (level->warehouse_name, 0, NULL), 0, i + 1, 1, 1);
      gtk_grid_attach (self->stock_grid, new_label (on_hand, 1, "numeric"), 1, i + 1, 1, 1);
      gtk_grid_attach (self->stock_grid, new_label (committed, 1, "numeric"), 2, i + 1, 1, 1);
      gtk_grid_attach (self->stock_grid, available_label, 3, i + 1, 1, 1);
    }
}

static void
cpt_item_view_fill (CptItemView *self)
{
  CptItem *item = self->item;
  g_autofree char *rate = cpt_money_format (cpt_item_get_rate (item));
  g_autofree char *reorder = cpt_quantity_format (cpt_item_get_reorder_level (item));
  g_autofree char *missing = cpt_quantity_format (cpt_item_get_missing (item));
  const char *description = cpt_item_get_description (item);
  gboolean tracked = cpt_item_get_track_stock (item);
  int row = 0;

  gtk_label_set_label (self->toolbar_title, cpt_item_get_name (item));
  gtk_label_set_label (self->name_label, cpt_item_get_name (item));
  gtk_label_set_label (self->rate_label, rate);

  gtk_widget_set_visible (GTK_WIDGET (self->stock_badge), tracked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.adjust-stock", tracked);
  gtk_label_set_label (self->stock_badge, cpt_item_get_out_of_stock (item) ? _("Out of stock") : _("In stock"));
  gtk_widget_set_css_classes (GTK_WIDGET (self->stock_badge),
                              (const char *[]) { "cpt-badge",
                                                 cpt_item_get_out_of_stock (item) ? "cpt-out-of-stock"
                                                                                  : "cpt-in-stock",
                                                 NULL });

  clear_grid (self->info_grid);
  add_info (self, &row, _("SKU"), cpt_item_get_sku (item));
  add_info (self, &row, _("Type"), cpt_item_get_kind (item) == CPT_ITEM_KIND_SERVICE ? _("Service") : _("Goods"));
  add_info (self, &row, _("Unit"), cpt_item_get_unit (item));
  if (tracked)
    {
      add_info (self, &row, _("Reorder Level"), reorder);
      if (cpt_item_get_missing (item) > 0)
        add_info (self, &row, _("Missing"), missing);
    }
  else
    add_info (self, &row, _("Stock"), _("Not tracked"));

  gtk_widget_set_visible (GTK_WIDGET (self->description_label), description != NULL && description[0] != '\0');
  gtk_label_set_label (self->description_label, description ? description : "");

  cpt_item_view_fill_stock (self);
}

void
cpt_item_view_reload (CptItemView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptItem) item = NULL;

  g_return_if_fail (CPT_IS_ITEM_VIEW (self));

  if (self->db == NULL || self->item_id <= 0)
    return;

  item = cpt_item_service_get (self->db, self->item_id, 0, &error);
  if (item == NULL)
    {
      g_debug ("Item %" G_GINT64_FORMAT " is gone: %s", self->item_id, error->message);
      g_signal_emit (self, signals[CLOSED], 0);
      return;
    }

  g_set_object (&self->item, item);
  cpt_item_view_fill (self);
}

void
cpt_item_view_set_item (CptItemView *self,
                        CptDatabase *db,
                        gint64       item_id)
{
  g_return_if_fail (CPT_IS_ITEM_VIEW (self));
  g_return_if_fail (CPT_IS_DATABASE (db));

  g_set_object (&self->db, db);
  self->item_id = item_id;
  cpt_item_view_reload (self);
}

gint64
cpt_item_view_get_item_id (CptItemView *self)
{
  g_return_val_if_fail (CPT_IS_ITEM_VIEW (self), 0);

  return self->item_id;
}

static void
cpt_item_view_close_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static GtkWindow *
cpt_item_view_get_window (CptItemView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
on_item_form_saved_cb (CptItemView *self,
                       gint64       item_id,
                       CptItemForm *form)
{
  cpt_item_view_reload (self);
}

static void
cpt_item_view_edit_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CptItemView *self = CPT_ITEM_VIEW (widget);
  CptItemForm *form = cpt_item_form_new (cpt_item_view_get_window (self), self->db, self->item_id);

  g_signal_connect_object (form, "saved", G_CALLBACK (on_item_form_saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (form));
}

static void
on_stock_adjusted_cb (CptItemView              *self,
                      CptStockAdjustmentDialog *dialog)
{
  cpt_item_view_reload (self);
}

/* « Ajuster le stock »: an inventory count or a correction, with a reason. */
static void
cpt_item_view_adjust_stock_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *parameter)
{
  CptItemView *self = CPT_ITEM_VIEW (widget);
  CptStockAdjustmentDialog *dialog;

  dialog = cpt_stock_adjustment_dialog_new (cpt_item_view_get_window (self), self->db, self->item_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_stock_adjusted_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cpt_item_view_dispose (GObject *object)
{
  CptItemView *self = CPT_ITEM_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_ITEM_VIEW);
  /* The template's top box is not a bound child: unparent it too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_item_view_parent_class)->dispose (object);
}

static void
cpt_item_view_class_init (CptItemViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_item_view_dispose;

  /* Emitted when the view asks to go back to the list. */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-item-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, toolbar_title);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, name_label);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, stock_badge);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, rate_label);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, info_grid);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, description_label);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, stock_box);
  gtk_widget_class_bind_template_child (widget_class, CptItemView, stock_grid);

  gtk_widget_class_install_action (widget_class, "item.close", NULL, cpt_item_view_close_action);
  gtk_widget_class_install_action (widget_class, "item.edit", NULL, cpt_item_view_edit_action);
  gtk_widget_class_install_action (widget_class, "item.adjust-stock", NULL,
                                   cpt_item_view_adjust_stock_action);
}

static void
cpt_item_view_init (CptItemView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
