/* cpt-window.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-window.h"
#include "cpt-customers-page.h"
#include "cpt-items-page.h"
#include "cpt-orders-page.h"
#include "cpt-lifecycle-actions.h"
#include "cpt-page.h"
#include "cpt-closing-rules-dialog.h"
#include "cpt-preferences-window.h"
#include "cpt-sample-data.h"
#include "cpt-settings-service.h"
#include "cpt-send-dialog.h"

#define POLL_INTERVAL_SECONDS 2

struct _CptWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  CptDatabase          *db;
  guint                 poll_source;
  guint                 reload_source;

  AdwToastOverlay      *toast_overlay;
  GtkStack             *content_stack;
  GtkListBox           *sidebar;
  AdwWindowTitle       *page_title;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *pages;
  GtkWidget            *sample_data_progress;
  GtkSpinner           *sample_data_spinner;
};

G_DEFINE_FINAL_TYPE (CptWindow, cpt_window, ADW_TYPE_APPLICATION_WINDOW)

static CptPage *
cpt_window_get_visible_page (CptWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (self->pages);

  return CPT_IS_PAGE (child) ? CPT_PAGE (child) : NULL;
}

static void
cpt_window_update_page_actions (CptWindow *self)
{
  CptPage *page = cpt_window_get_visible_page (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new",
                                 page != NULL && CPT_PAGE_GET_IFACE (page)->create != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search",
                                 page != NULL && CPT_PAGE_GET_IFACE (page)->set_search_text != NULL);
}

static void
on_pages_visible_child_cb (CptWindow  *self,
                           GParamSpec *pspec,
                           GtkStack   *stack)
{
  GtkWidget *child = gtk_stack_get_visible_child (stack);
  GtkStackPage *stack_page;
  const char *name;
  int i = 0;
  GtkListBoxRow *row;

  if (child == NULL)
    return;

  stack_page = gtk_stack_get_page (stack, child);
  name = gtk_stack_page_get_name (stack_page);
  adw_window_title_set_title (self->page_title, gtk_stack_page_get_title (stack_page));

  /* The search text belongs to the page it was typed for. */
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  while ((row = gtk_list_box_get_row_at_index (self->sidebar, i++)) != NULL)
    {
      if (g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (row)), name) == 0)
        {
          if (gtk_list_box_get_selected_row (self->sidebar) != row)
            gtk_list_box_select_row (self->sidebar, row);
          break;
        }
    }

  g_settings_set_string (self->settings, "last-page", name);
  cpt_window_update_page_actions (self);

  /* Hidden pages do not follow changes: catch up when shown. */
  if (CPT_IS_PAGE (child))
    cpt_page_reload (CPT_PAGE (child));
}

static void
on_sidebar_row_selected_cb (CptWindow     *self,
                            GtkListBoxRow *row,
                            GtkListBox    *list_box)
{
  if (row != NULL)
    gtk_stack_set_visible_child_name (self->pages, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_search_entry_search_changed_cb (CptWindow      *self,
                                   GtkSearchEntry *entry)
{
  CptPage *page = cpt_window_get_visible_page (self);

  if (page != NULL)
    cpt_page_set_search_text (page, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_search_entry_stop_search_cb (CptWindow      *self,
                                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* One sidebar row per page of the stack, so that registering a page is
 * one <child> in cpt-window.ui with its name, title and icon. */
static void
cpt_window_build_sidebar (CptWindow *self)
{
  g_autoptr(GListModel) stack_pages = G_LIST_MODEL (gtk_stack_get_pages (self->pages));
  guint n = g_list_model_get_n_items (stack_pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (stack_pages, i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (gtk_stack_page_get_title (page));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (gtk_stack_page_get_icon_name (page)));
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_widget_set_name (row, gtk_stack_page_get_name (page));
      gtk_list_box_append (self->sidebar, row);
    }
}

static void
cpt_window_new_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);
  CptPage *page = cpt_window_get_visible_page (self);

  if (page != NULL)
    cpt_page_create (page);
}

static void
cpt_window_preferences_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (cpt_preferences_window_new (GTK_WINDOW (self), self->db)));
}

static void
cpt_window_closing_rules_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (cpt_closing_rules_dialog_new (GTK_WINDOW (self), self->db)));
}

static void
cpt_window_search_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
cpt_window_page_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->pages, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages, name);
}

static void
cpt_window_back_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);
  CptPage *page = cpt_window_get_visible_page (self);

  if (page != NULL)
    cpt_page_go_back (page);
}

/* PRODUCT.md §7: a file with no company and no order yet opens on the
 * welcome page, which offers to create the company or load a demo one. */
static gboolean
cpt_window_database_is_empty (CptWindow *self)
{
  g_autoptr(CptCompany) company = NULL;
  const char *name;

  if (cpt_database_get_row_count (self->db, "sales_orders") > 0)
    return FALSE;

  company = cpt_settings_get_company (self->db, NULL);
  name = company != NULL ? cpt_company_get_name (company) : NULL;
  return name == NULL || name[0] == '\0';
}

static void
cpt_window_update_first_start (CptWindow *self)
{
  gboolean empty = cpt_window_database_is_empty (self);

  gtk_stack_set_visible_child_name (self->content_stack, empty ? "welcome" : "main");
}

static gboolean
cpt_window_reload_cb (gpointer data)
{
  CptWindow *self = data;

  self->reload_source = 0;
  cpt_window_reload (self);
  return G_SOURCE_REMOVE;
}

/* A transaction may mark several kinds changed: reload once for all. */
static void
on_database_changed_cb (CptWindow   *self,
                        const char  *kind,
                        CptDatabase *db)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (cpt_window_reload_cb, self);
}

/* The API server (comptoir --serve) may write from another process. */
static gboolean
cpt_window_poll_cb (gpointer data)
{
  CptWindow *self = data;

  if (cpt_database_poll_external_change (self->db))
    cpt_window_reload (self);

  return G_SOURCE_CONTINUE;
}

static void
cpt_window_set_database (CptWindow   *self,
                         CptDatabase *db)
{
  g_autoptr(GListModel) stack_pages = NULL;
  guint n;

  self->db = g_object_ref (db);

  stack_pages = G_LIST_MODEL (gtk_stack_get_pages (self->pages));
  n = g_list_model_get_n_items (stack_pages);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (stack_pages, i);
      GtkWidget *child = gtk_stack_page_get_child (GTK_STACK_PAGE (item));

      if (CPT_IS_PAGE (child))
        cpt_page_set_database (CPT_PAGE (child), self->db);
    }

  g_signal_connect_object (self->db, "changed", G_CALLBACK (on_database_changed_cb),
                           self, G_CONNECT_SWAPPED);
  cpt_database_poll_external_change (self->db);
  self->poll_source = g_timeout_add_seconds (POLL_INTERVAL_SECONDS, cpt_window_poll_cb, self);

  cpt_window_update_first_start (self);
}

static void
cpt_window_open_order_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_child_by_name (self->pages, "orders");

  gtk_stack_set_visible_child (self->pages, page);
  cpt_orders_page_show_order (CPT_ORDERS_PAGE (page), g_variant_get_int64 (parameter));
}

/* The order form hands « Enregistrer et envoyer » over to this action of
 * its parent window. */
static void
cpt_window_send_order_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);

  cpt_send_dialog_present_for_order (GTK_WINDOW (self), self->db, g_variant_get_int64 (parameter));
}

static void
cpt_window_open_customer_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);
  GtkWidget *page = gtk_stack_get_child_by_name (self->pages, "customers");

  gtk_stack_set_visible_child (self->pages, page);
  cpt_customers_page_show_customer (CPT_CUSTOMERS_PAGE (page), g_variant_get_int64 (parameter));
}

static AdwPreferencesPage *
find_preferences_page (GtkWidget  *widget,
                       const char *name)
{
  if (ADW_IS_PREFERENCES_PAGE (widget)
      && g_strcmp0 (adw_preferences_page_get_name (ADW_PREFERENCES_PAGE (widget)), name) == 0)
    return ADW_PREFERENCES_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesPage *page = find_preferences_page (child, name);

      if (page != NULL)
        return page;
    }
  return NULL;
}

/* « Créer mon entreprise »: the preferences, at the company's page. The
 * welcome page goes once the company has a name (database changed). */
static void
cpt_window_create_company_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);
  CptPreferencesWindow *preferences = cpt_preferences_window_new (GTK_WINDOW (self), self->db);

  if (find_preferences_page (GTK_WIDGET (preferences), "company") != NULL)
    cpt_preferences_window_show_page (preferences, "company");
  gtk_window_present (GTK_WINDOW (preferences));
}

/* ── Sample data (first start) ─────────────────────────────────────── */

static void
load_sample_data_thread (GTask        *task,
                         gpointer      source_object,
                         gpointer      task_data,
                         GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(CptDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  /* A connection of its own: SQLite connections stay in their thread. */
  db = cpt_database_open (path, &error);
  if (db == NULL || !cpt_sample_data_load (db, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
cpt_window_reload_all (CptWindow *self)
{
  g_autoptr(GListModel) stack_pages = G_LIST_MODEL (gtk_stack_get_pages (self->pages));
  guint n = g_list_model_get_n_items (stack_pages);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (stack_pages, i);
      GtkWidget *child = gtk_stack_page_get_child (GTK_STACK_PAGE (item));

      if (CPT_IS_PAGE (child))
        cpt_page_reload (CPT_PAGE (child));
    }
}

static void
load_sample_data_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  CptWindow *self = CPT_WINDOW (object);
  g_autoptr(GError) error = NULL;

  gtk_spinner_set_spinning (self->sample_data_spinner, FALSE);
  gtk_widget_set_visible (self->sample_data_progress, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample-data", TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      cpt_window_show_error (self, _("The Sample Data Could Not Be Loaded"), error);
      return;
    }

  cpt_database_poll_external_change (self->db);
  cpt_window_update_first_start (self);
  gtk_stack_set_visible_child_name (self->pages, "orders");
  cpt_window_reload_all (self);
  cpt_window_show_message (self, _("Sample data loaded: explore the demo company"));
}

static void
cpt_window_load_sample_data_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CptWindow *self = CPT_WINDOW (widget);
  g_autoptr(GTask) task = NULL;

  gtk_widget_action_set_enabled (widget, "win.load-sample-data", FALSE);
  gtk_widget_set_visible (self->sample_data_progress, TRUE);
  gtk_spinner_set_spinning (self->sample_data_spinner, TRUE);

  task = g_task_new (self, NULL, load_sample_data_cb, NULL);
  g_task_set_source_tag (task, cpt_window_load_sample_data_action);
  g_task_set_task_data (task, g_strdup (cpt_database_get_path (self->db)), g_free);
  g_task_run_in_thread (task, load_sample_data_thread);
}

static void
cpt_window_dispose (GObject *object)
{
  CptWindow *self = CPT_WINDOW (object);

  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_window_parent_class)->dispose (object);
}

static void
cpt_window_class_init (CptWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CptWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, sample_data_progress);
  gtk_widget_class_bind_template_child (widget_class, CptWindow, sample_data_spinner);
  gtk_widget_class_bind_template_callback (widget_class, on_pages_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, cpt_window_new_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, cpt_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, cpt_window_preferences_action);
  gtk_widget_class_install_action (widget_class, "win.closing-rules", NULL, cpt_window_closing_rules_action);
  gtk_widget_class_install_action (widget_class, "win.page", "s", cpt_window_page_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, cpt_window_back_action);
  gtk_widget_class_install_action (widget_class, "win.open-order", "x", cpt_window_open_order_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample-data", NULL,
                                   cpt_window_load_sample_data_action);
  gtk_widget_class_install_action (widget_class, "win.create-company", NULL,
                                   cpt_window_create_company_action);
  gtk_widget_class_install_action (widget_class, "win.open-customer", "x", cpt_window_open_customer_action);
  gtk_widget_class_install_action (widget_class, "order.send", "x", cpt_window_send_order_action);

  cpt_lifecycle_actions_install (widget_class);
}

static void
cpt_window_init (CptWindow *self)
{
  g_autofree char *last_page = NULL;

  g_type_ensure (CPT_TYPE_ORDERS_PAGE);
  g_type_ensure (CPT_TYPE_CUSTOMERS_PAGE);
  g_type_ensure (CPT_TYPE_ITEMS_PAGE);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  cpt_window_build_sidebar (self);

  last_page = g_settings_get_string (self->settings, "last-page");
  if (gtk_stack_get_child_by_name (self->pages, last_page) != NULL)
    gtk_stack_set_visible_child_name (self->pages, last_page);
  on_pages_visible_child_cb (self, NULL, self->pages);
}

CptWindow *
cpt_window_new (CptApplication *application)
{
  CptWindow *self;

  g_return_val_if_fail (CPT_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (cpt_application_get_database (application) != NULL, NULL);

  self = g_object_new (CPT_TYPE_WINDOW, "application", application, NULL);
  cpt_window_set_database (self, cpt_application_get_database (application));
  return self;
}

void
cpt_window_add_toast (CptWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (CPT_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
cpt_window_show_message (CptWindow  *self,
                         const char *message)
{
  g_return_if_fail (CPT_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
cpt_window_show_error (CptWindow    *self,
                       const char   *heading,
                       const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (CPT_IS_WINDOW (self));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error ? error->message : NULL);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

const char *
cpt_window_get_page (CptWindow *self)
{
  g_return_val_if_fail (CPT_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->pages);
}

GtkWidget *
cpt_window_get_page_widget (CptWindow  *self,
                            const char *name)
{
  g_return_val_if_fail (CPT_IS_WINDOW (self), NULL);

  return gtk_stack_get_child_by_name (self->pages, name);
}

void
cpt_window_reload (CptWindow *self)
{
  CptPage *page;

  g_return_if_fail (CPT_IS_WINDOW (self));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->content_stack), "welcome") == 0)
    cpt_window_update_first_start (self);

  page = cpt_window_get_visible_page (self);
  if (page != NULL)
    cpt_page_reload (page);
}
