/* cpt-bulk-items-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-bulk-items-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-bulk-items-dialog.h"
#include "cpt-money.h"
#include "cpt-order-form-data.h"
#include "cpt-suggest-entry.h"

#define RESULT_LIMIT 50

struct _CptBulkItemsDialog
{
  AdwWindow    parent_instance;

  CptDatabase *db;
  gint64       warehouse_id;

  /* What is ticked survives a new search: ids in ticking order, with the
   * quantity typed for each (thousandths). */
  GArray      *ticked_ids;
  GHashTable  *quantities;

  GtkWidget   *search_entry;
  GtkWidget   *list;
  GtkWidget   *summary_label;
};

G_DEFINE_FINAL_TYPE (CptBulkItemsDialog, cpt_bulk_items_dialog, ADW_TYPE_WINDOW)

enum {
  ITEMS_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
find_ticked (CptBulkItemsDialog *self,
             gint64              id)
{
  for (guint i = 0; i < self->ticked_ids->len; i++)
    if (g_array_index (self->ticked_ids, gint64, i) == id)
      return i;
  return G_MAXUINT;
}

static void
update_summary (CptBulkItemsDialog *self)
{
  g_autofree char *text = NULL;
  guint n = self->ticked_ids->len;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item selected", "%u items selected", n), n);
  gtk_label_set_text (GTK_LABEL (self->summary_label), text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "bulk.add", n > 0);
}

static gint64
row_id (GtkWidget *row)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (row), "item-id");
}

static void
store_quantity (CptBulkItemsDialog *self,
                GtkWidget          *row)
{
  GtkEditable *entry = cpt_bulk_items_row_get_quantity (row);
  gint64 quantity = 0;
  gboolean valid = cpt_quantity_parse (gtk_editable_get_text (entry), &quantity, NULL) && quantity > 0;
  gint64 *stored;

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");

  if (!valid)
    return;

  stored = g_new (gint64, 1);
  *stored = quantity;
  g_hash_table_replace (self->quantities, g_memdup2 (g_object_get_data (G_OBJECT (row), "item-id"), sizeof (gint64)), stored);
}

static void
on_check_toggled_cb (GtkCheckButton *check,
                     GParamSpec     *pspec,
                     GtkWidget      *row)
{
  CptBulkItemsDialog *self = CPT_BULK_ITEMS_DIALOG (gtk_widget_get_root (row));
  gint64 id = row_id (row);
  guint index = find_ticked (self, id);

  if (gtk_check_button_get_active (check) && index == G_MAXUINT)
    {
      g_array_append_val (self->ticked_ids, id);
      store_quantity (self, row);
    }
  else if (!gtk_check_button_get_active (check) && index != G_MAXUINT)
    {
      g_array_remove_index (self->ticked_ids, index);
    }

  update_summary (self);
}

/* Typing a quantity ticks the item: that is what the user means. */
static void
on_quantity_changed_cb (GtkEditable *entry,
                        GtkWidget   *row)
{
  CptBulkItemsDialog *self = CPT_BULK_ITEMS_DIALOG (gtk_widget_get_root (row));
  GtkCheckButton *check = cpt_bulk_items_row_get_check (row);

  store_quantity (self, row);
  if (!gtk_check_button_get_active (check))
    gtk_check_button_set_active (check, TRUE);
}

static GtkWidget *
create_row (CptBulkItemsDialog *self,
            CptSuggestion      *suggestion)
{
  GtkWidget *row, *check, *quantity;
  gint64 *stored;
  g_autofree char *quantity_text = NULL;

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), suggestion->title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), suggestion->subtitle);
  g_object_set_data_full (G_OBJECT (row), "item-id",
                          g_memdup2 (&suggestion->id, sizeof (gint64)), g_free);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, suggestion->title, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);

  if (suggestion->detail != NULL)
    {
      GtkWidget *label = gtk_label_new (suggestion->detail);

      gtk_widget_add_css_class (label, "caption");
      gtk_widget_add_css_class (label, suggestion->warning ? "error" : "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  stored = g_hash_table_lookup (self->quantities, &suggestion->id);
  quantity_text = cpt_quantity_format (stored != NULL ? *stored : CPT_QUANTITY_ONE);
  quantity = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (quantity), quantity_text);
  gtk_editable_set_width_chars (GTK_EDITABLE (quantity), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (quantity), 6);
  gtk_entry_set_alignment (GTK_ENTRY (quantity), 1);
  gtk_widget_set_valign (quantity, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (quantity),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quantity"), -1);
  gtk_widget_set_tooltip_text (quantity, _("Quantity"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), quantity);
  g_object_set_data (G_OBJECT (row), "quantity", quantity);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), find_ticked (self, suggestion->id) != G_MAXUINT);
  g_signal_connect (check, "notify::active", G_CALLBACK (on_check_toggled_cb), row);
  g_signal_connect (quantity, "changed", G_CALLBACK (on_quantity_changed_cb), row);

  return row;
}

static void
on_search_changed_cb (CptBulkItemsDialog *self)
{
  g_autoptr(GPtrArray) results = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);

  results = cpt_order_form_data_search_items (self->db,
                                              gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                              self->warehouse_id, RESULT_LIMIT);
  for (guint i = 0; results != NULL && i < results->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->list), create_row (self, g_ptr_array_index (results, i)));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CptBulkItemsDialog *self = CPT_BULK_ITEMS_DIALOG (widget);
  g_autoptr(GArray) quantities = g_array_new (FALSE, TRUE, sizeof (gint64));

  for (guint i = 0; i < self->ticked_ids->len; i++)
    {
      gint64 *stored = g_hash_table_lookup (self->quantities, &g_array_index (self->ticked_ids, gint64, i));
      gint64 quantity = stored != NULL ? *stored : CPT_QUANTITY_ONE;

      g_array_append_val (quantities, quantity);
    }

  g_signal_emit (self, signals[ITEMS_CHOSEN], 0, self->ticked_ids, quantities);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_bulk_items_dialog_finalize (GObject *object)
{
  CptBulkItemsDialog *self = CPT_BULK_ITEMS_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->ticked_ids, g_array_unref);
  g_clear_pointer (&self->quantities, g_hash_table_unref);

  G_OBJECT_CLASS (cpt_bulk_items_dialog_parent_class)->finalize (object);
}

static void
cpt_bulk_items_dialog_class_init (CptBulkItemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cpt_bulk_items_dialog_finalize;

  signals[ITEMS_CHOSEN] =
    g_signal_new ("items-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_ARRAY, G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/cpt-bulk-items-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptBulkItemsDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CptBulkItemsDialog, list);
  gtk_widget_class_bind_template_child (widget_class, CptBulkItemsDialog, summary_label);

  gtk_widget_class_install_action (widget_class, "bulk.add", NULL, add_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cpt_bulk_items_dialog_init (CptBulkItemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->ticked_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->quantities = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_signal_connect_object (self->search_entry, "search-changed",
                           G_CALLBACK (on_search_changed_cb), self, G_CONNECT_SWAPPED);
  update_summary (self);
}

CptBulkItemsDialog *
cpt_bulk_items_dialog_new (GtkWindow   *parent,
                           CptDatabase *db,
                           gint64       warehouse_id)
{
  CptBulkItemsDialog *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_BULK_ITEMS_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->warehouse_id = warehouse_id;
  on_search_changed_cb (self);
  gtk_widget_grab_focus (self->search_entry);

  return self;
}

GtkEditable *
cpt_bulk_items_dialog_get_search (CptBulkItemsDialog *self)
{
  g_return_val_if_fail (CPT_IS_BULK_ITEMS_DIALOG (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkWidget *
cpt_bulk_items_dialog_get_row (CptBulkItemsDialog *self,
                               guint               position)
{
  g_return_val_if_fail (CPT_IS_BULK_ITEMS_DIALOG (self), NULL);

  return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->list), position));
}

GtkCheckButton *
cpt_bulk_items_row_get_check (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "check");
}

GtkEditable *
cpt_bulk_items_row_get_quantity (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), "quantity");
}
