/* cpt-item-form.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-item-form"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-item-form.h"
#include "cpt-item-service.h"
#include "cpt-money.h"
#include "cpt-order-form-data.h"

struct _CptItemForm
{
  AdwWindow    parent_instance;

  CptDatabase *db;
  gint64       item_id;
  GArray      *tax_choices;

  GtkWidget   *scroller;
  GtkWidget   *error_label;
  GtkWidget   *name_row;
  GtkWidget   *sku_row;
  GtkWidget   *kind_row;
  GtkWidget   *unit_row;
  GtkWidget   *rate_row;
  GtkWidget   *tax_row;
  GtkWidget   *track_switch;
  GtkWidget   *reorder_row;
  GtkWidget   *description_view;
};

G_DEFINE_FINAL_TYPE (CptItemForm, cpt_item_form, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_text (GtkWidget *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static void
show_error (CptItemForm *self,
            GtkWidget   *row,
            const char  *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message);
  gtk_widget_set_visible (self->error_label, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

/* A refusal of the item service: its message on top, each refused
 * field's row marked (a duplicate SKU marks the SKU), the first focused. */
static void
show_refusal (CptItemForm  *self,
              const GError *error)
{
  static const char * const fields[] = { "name", "sku", "rate", "reorder_level", "tax_id" };
  GtkWidget *rows[] = { self->name_row, self->sku_row, self->rate_row, self->reorder_row, self->tax_row };
  GtkWidget *first = NULL;

  show_error (self, NULL, error->message);
  if (g_error_matches (error, CPT_ERROR, CPT_ERROR_CONFLICT))
    first = self->sku_row;
  for (guint i = 0; i < cpt_error_get_n_fields (error); i++)
    {
      const char *field = cpt_error_get_field (error, i, NULL);

      for (guint r = 0; r < G_N_ELEMENTS (fields); r++)
        if (g_strcmp0 (field, fields[r]) == 0)
          {
            gtk_widget_add_css_class (rows[r], "error");
            if (first == NULL)
              first = rows[r];
          }
    }
  if (first != NULL)
    {
      gtk_widget_add_css_class (first, "error");
      gtk_widget_grab_focus (first);
    }
}

static void
clear_errors (CptItemForm *self)
{
  GtkWidget *rows[] = { self->name_row, self->sku_row, self->rate_row, self->reorder_row, self->tax_row };

  gtk_widget_set_visible (self->error_label, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
}

static void
select_tax (CptItemForm *self,
            gint64       tax_id)
{
  for (guint i = 0; i < self->tax_choices->len; i++)
    if (g_array_index (self->tax_choices, CptTaxChoice, i).id == tax_id)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->tax_row), i);
}

static void
on_track_changed_cb (CptItemForm *self)
{
  gtk_widget_set_sensitive (self->reorder_row, gtk_switch_get_active (GTK_SWITCH (self->track_switch)));
}

static void
load_item (CptItemForm *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CptItem) item = cpt_item_service_get (self->db, self->item_id, 0, &error);
  g_autofree char *rate = NULL;
  g_autofree char *reorder = NULL;

  if (item == NULL)
    {
      show_error (self, NULL, error->message);
      return;
    }

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Item"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), cpt_item_get_name (item));
  gtk_editable_set_text (GTK_EDITABLE (self->sku_row),
                         cpt_item_get_sku (item) != NULL ? cpt_item_get_sku (item) : "");
  adw_combo_row_set_selected (ADW_COMBO_ROW (self->kind_row),
                              cpt_item_get_kind (item) == CPT_ITEM_KIND_SERVICE ? 1 : 0);
  gtk_editable_set_text (GTK_EDITABLE (self->unit_row), cpt_item_get_unit (item));
  rate = cpt_money_format_plain (cpt_item_get_rate (item));
  gtk_editable_set_text (GTK_EDITABLE (self->rate_row), rate);
  select_tax (self, cpt_item_get_tax_id (item));
  gtk_switch_set_active (GTK_SWITCH (self->track_switch), cpt_item_get_track_stock (item));
  reorder = cpt_quantity_format (cpt_item_get_reorder_level (item));
  gtk_editable_set_text (GTK_EDITABLE (self->reorder_row), reorder);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->description_view)),
                            cpt_item_get_description (item), -1);
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
  CptItemForm *self = CPT_ITEM_FORM (widget);
  g_autoptr(CptItem) item = cpt_item_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = dup_text (self->name_row);
  g_autofree char *sku = dup_text (self->sku_row);
  g_autofree char *unit = dup_text (self->unit_row);
  g_autofree char *rate_text = dup_text (self->rate_row);
  g_autofree char *reorder_text = dup_text (self->reorder_row);
  g_autofree char *description = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gint64 rate = 0, reorder = 0;
  guint tax;
  gboolean saved;

  clear_errors (self);

  if (name[0] == '\0')
    {
      show_error (self, self->name_row, _("Enter the item’s name."));
      return;
    }
  if (rate_text[0] != '\0' && !cpt_money_parse (rate_text, &rate, &error))
    {
      show_error (self, self->rate_row, error->message);
      return;
    }
  if (rate < 0)
    {
      show_error (self, self->rate_row, _("The sale price cannot be negative."));
      return;
    }
  if (reorder_text[0] != '\0' && !cpt_quantity_parse (reorder_text, &reorder, &error))
    {
      show_error (self, self->reorder_row, error->message);
      return;
    }
  if (reorder < 0)
    {
      show_error (self, self->reorder_row, _("The reorder level cannot be negative."));
      return;
    }

  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->description_view));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  description = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  tax = adw_combo_row_get_selected (ADW_COMBO_ROW (self->tax_row));

  cpt_item_set_id (item, self->item_id);
  cpt_item_set_name (item, name);
  cpt_item_set_sku (item, sku[0] != '\0' ? sku : NULL);
  cpt_item_set_kind (item, adw_combo_row_get_selected (ADW_COMBO_ROW (self->kind_row)) == 1
                           ? CPT_ITEM_KIND_SERVICE : CPT_ITEM_KIND_GOODS);
  cpt_item_set_unit (item, unit);
  cpt_item_set_rate (item, rate);
  cpt_item_set_tax_id (item, tax < self->tax_choices->len
                             ? g_array_index (self->tax_choices, CptTaxChoice, tax).id : 0);
  cpt_item_set_track_stock (item, gtk_switch_get_active (GTK_SWITCH (self->track_switch)));
  cpt_item_set_reorder_level (item, reorder);
  cpt_item_set_description (item, description);

  if (self->item_id == 0)
    saved = cpt_item_service_create (self->db, item, &error);
  else
    saved = cpt_item_service_update (self->db, item, &error);

  if (!saved)
    {
      show_refusal (self, error);
      return;
    }

  self->item_id = cpt_item_get_id (item);
  g_signal_emit (self, signals[SAVED], 0, self->item_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_item_form_finalize (GObject *object)
{
  CptItemForm *self = CPT_ITEM_FORM (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->tax_choices, g_array_unref);

  G_OBJECT_CLASS (cpt_item_form_parent_class)->finalize (object);
}

static void
cpt_item_form_class_init (CptItemFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cpt_item_form_finalize;

  /**
   * CptItemForm::saved:
   * @item_id: the id of the item just written
   */
  signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-item-form.ui");
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, scroller);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, name_row);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, sku_row);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, unit_row);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, rate_row);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, tax_row);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, track_switch);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, reorder_row);
  gtk_widget_class_bind_template_child (widget_class, CptItemForm, description_view);

  gtk_widget_class_install_action (widget_class, "item.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "item.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_item_form_init (CptItemForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->name_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  g_signal_connect (self->sku_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  g_signal_connect (self->rate_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);
  g_signal_connect (self->reorder_row, "changed", G_CALLBACK (on_row_changed_cb), NULL);

  self->tax_choices = g_array_new (FALSE, TRUE, sizeof (CptTaxChoice));
  g_signal_connect_object (self->track_switch, "notify::active",
                           G_CALLBACK (on_track_changed_cb), self, G_CONNECT_SWAPPED);
}

CptItemForm *
cpt_item_form_new (GtkWindow   *parent,
                   CptDatabase *db,
                   gint64       item_id)
{
  CptItemForm *self;
  g_autoptr(GtkStringList) taxes = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 default_tax = 0;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_ITEM_FORM, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->item_id = item_id;

  if (!cpt_order_form_data_load_taxes (db, taxes, self->tax_choices, &default_tax, &error))
    show_error (self, NULL, error->message);
  adw_combo_row_set_model (ADW_COMBO_ROW (self->tax_row), G_LIST_MODEL (taxes));
  select_tax (self, default_tax);

  if (item_id > 0)
    load_item (self);

  gtk_widget_grab_focus (self->name_row);

  return self;
}
