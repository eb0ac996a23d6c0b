/* cpt-delivery-methods-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-delivery-methods-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-delivery-methods-page.h"
#include "cpt-edit-dialog.h"
#include "cpt-settings-list.h"
#include "cpt-warehouse-service.h"

typedef struct
{
  CptDatabase       *db;
  CptDeliveryMethod *method;
  GtkWidget         *name;
  GtkWidget         *active;
} MethodEdit;

static void
method_edit_free (MethodEdit *edit)
{
  g_clear_object (&edit->db);
  g_clear_object (&edit->method);
  g_free (edit);
}

static gboolean
save_method (CptEditDialog  *dialog,
             gpointer        user_data,
             GError        **error)
{
  MethodEdit *edit = user_data;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (edit->name))));

  cpt_delivery_method_set_name (edit->method, name);
  cpt_delivery_method_set_active (edit->method, gtk_switch_get_active (GTK_SWITCH (edit->active)));

  if (cpt_delivery_method_get_id (edit->method) == 0)
    return cpt_delivery_method_service_create (edit->db, edit->method, error);
  return cpt_delivery_method_service_update (edit->db, edit->method, error);
}

static void
open_method (GtkWidget   *page,
             CptDatabase *db,
             GObject     *object)
{
  MethodEdit *edit = g_new0 (MethodEdit, 1);
  CptEditDialog *dialog;

  edit->db = g_object_ref (db);
  edit->method = object != NULL ? cpt_delivery_method_copy (CPT_DELIVERY_METHOD (object))
                                : cpt_delivery_method_new ();
  if (object == NULL)
    cpt_delivery_method_set_active (edit->method, TRUE);

  dialog = cpt_edit_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)),
                                object != NULL ? _("Edit Delivery Method") : _("New Delivery Method"),
                                save_method, edit, (GDestroyNotify) method_edit_free);
  edit->name = cpt_edit_dialog_add_entry (dialog, _("_Name"), cpt_delivery_method_get_name (edit->method));
  edit->active = cpt_edit_dialog_add_switch (dialog, _("_In use"),
                                             _("An inactive method is no longer offered on orders"),
                                             cpt_delivery_method_get_active (edit->method));

  gtk_window_present (GTK_WINDOW (dialog));
}

static GPtrArray *
list_methods (CptDatabase  *db,
              GError      **error)
{
  return cpt_delivery_method_service_list (db, TRUE, error);
}

static void
describe_method (GObject  *object,
                 char    **title,
                 char    **subtitle)
{
  CptDeliveryMethod *method = CPT_DELIVERY_METHOD (object);

  *title = g_strdup (cpt_delivery_method_get_name (method));
  *subtitle = g_strdup (cpt_delivery_method_get_active (method) ? "" : _("Out of use"));
}

AdwPreferencesPage *
cpt_delivery_methods_page_new (CptDatabase *db)
{
  static const CptSettingsListKind kind = {
    .changed_detail = "delivery_methods",
    .list = list_methods,
    .describe = describe_method,
    .open = open_method,
  };
  AdwPreferencesPage *page;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_name (page, "delivery-methods");
  adw_preferences_page_set_title (page, _("Delivery Methods"));
  adw_preferences_page_set_icon_name (page, "mail-send-symbolic");
  cpt_settings_list_add (page, db, &kind, _("Delivery Methods"),
                         _("Carriers and other ways the goods reach the customer."),
                         _("_Add a Method"));

  return page;
}
