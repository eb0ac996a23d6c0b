/* cpt-warehouses-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-warehouses-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-address-editor.h"
#include "cpt-edit-dialog.h"
#include "cpt-settings-list.h"
#include "cpt-warehouse-service.h"
#include "cpt-warehouses-page.h"

/* « Entrepôts »: a warehouse that holds stock or was used by a document is
 * deactivated, never deleted (the service refuses the rest). */

typedef struct
{
  CptDatabase  *db;
  CptWarehouse *warehouse;
  GtkWidget    *name;
  GtkWidget    *address;
  GtkWidget    *active;
  GtkWidget    *is_default;
} WarehouseEdit;

static void
warehouse_edit_free (WarehouseEdit *edit)
{
  g_clear_object (&edit->db);
  g_clear_object (&edit->warehouse);
  g_free (edit);
}

static gboolean
save_warehouse (CptEditDialog  *dialog,
                gpointer        user_data,
                GError        **error)
{
  WarehouseEdit *edit = user_data;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit->name))));
  g_autoptr(CptAddress) address = cpt_address_editor_dup_address (CPT_ADDRESS_EDITOR (edit->address));

  cpt_warehouse_set_name (edit->warehouse, name);
  cpt_warehouse_set_address (edit->warehouse, address);
  cpt_warehouse_set_active (edit->warehouse, gtk_switch_get_active (GTK_SWITCH (edit->active)));
  cpt_warehouse_set_is_default (edit->warehouse, gtk_switch_get_active (GTK_SWITCH (edit->is_default)));

  if (cpt_warehouse_get_id (edit->warehouse) == 0)
    return cpt_warehouse_service_create (edit->db, edit->warehouse, error);
  return cpt_warehouse_service_update (edit->db, edit->warehouse, error);
}

static void
open_warehouse (GtkWidget   *page,
                CptDatabase *db,
                GObject     *object)
{
  WarehouseEdit *edit = g_new0 (WarehouseEdit, 1);
  CptEditDialog *dialog;
  GtkWidget *label;

  edit->db = g_object_ref (db);
  edit->warehouse = object != NULL ? cpt_warehouse_copy (CPT_WAREHOUSE (object)) : cpt_warehouse_new ();
  if (object == NULL)
    cpt_warehouse_set_active (edit->warehouse, TRUE);

  dialog = cpt_edit_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)),
                                object != NULL ? _("Edit Warehouse") : _("New Warehouse"),
                                save_warehouse, edit, (GDestroyNotify) warehouse_edit_free);
  edit->name = cpt_edit_dialog_add_entry (dialog, _("_Name"), cpt_warehouse_get_name (edit->warehouse));
  edit->active = cpt_edit_dialog_add_switch (dialog, _("_In use"),
                                             _("Deactivate a warehouse that is no longer used"),
                                             cpt_warehouse_get_active (edit->warehouse));
  edit->is_default = cpt_edit_dialog_add_switch (dialog, _("De_fault warehouse"),
                                                 _("Proposed on new orders"),
                                                 cpt_warehouse_get_is_default (edit->warehouse));

  label = gtk_label_new_with_mnemonic (_("Add_ress"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_add_css_class (label, "heading");
  cpt_edit_dialog_add_widget (dialog, label);
  edit->address = cpt_address_editor_new ();
  gtk_widget_set_margin_top (edit->address, 6);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), edit->address);
  cpt_address_editor_set_address (CPT_ADDRESS_EDITOR (edit->address),
                                  cpt_warehouse_get_address (edit->warehouse));
  cpt_edit_dialog_add_widget (dialog, edit->address);

  gtk_window_present (GTK_WINDOW (dialog));
}

static GPtrArray *
list_warehouses (CptDatabase  *db,
                 GError      **error)
{
  return cpt_warehouse_service_list (db, TRUE, error);
}

static void
describe_warehouse (GObject  *object,
                    char    **title,
                    char    **subtitle)
{
  CptWarehouse *warehouse = CPT_WAREHOUSE (object);
  const CptAddress *address = cpt_warehouse_get_address (warehouse);
  GString *text = g_string_new (NULL);

  if (address != NULL && !cpt_address_is_empty (address))
    {
      g_autofree char *line = cpt_address_format_one_line (address);

      g_string_append (text, line);
    }
  if (cpt_warehouse_get_is_default (warehouse))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _("Default"));
  if (!cpt_warehouse_get_active (warehouse))
    g_string_append_printf (text, "%s%s", text->len > 0 ? " · " : "", _("Out of use"));

  *title = g_strdup (cpt_warehouse_get_name (warehouse));
  *subtitle = g_string_free (text, FALSE);
}

AdwPreferencesPage *
cpt_warehouses_page_new (CptDatabase *db)
{
  static const CptSettingsListKind kind = {
    .changed_detail = "warehouses",
    .list = list_warehouses,
    .describe = describe_warehouse,
    .open = open_warehouse,
  };
  AdwPreferencesPage *page;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (page, "warehouses");
  adw_preferences_page_set_title (page, _("Warehouses"));
  adw_preferences_page_set_icon_name (page, "package-x-generic-symbolic");
  cpt_settings_list_add (page, db, &kind, _("Warehouses"),
                         _("Where stock is held and shipments leave from. A warehouse in use is "
                           "deactivated, never deleted."),
                         _("_Add a Warehouse"));

  return page;
}
