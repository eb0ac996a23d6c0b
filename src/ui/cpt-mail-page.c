/* cpt-mail-page.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-mail-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-keyring.h"
#include "cpt-mail-page.h"
#include "cpt-mail-service.h"

struct _CptMailPage
{
  AdwPreferencesPage   parent_instance;

  CptDatabase         *db;
  CptMailService      *service;
  GCancellable        *cancellable;
  CptSmtpSecurity      security;
  GtkFileChooserNative *chooser;

  AdwEntryRow         *host_row;
  GtkSpinButton       *port_spin;
  AdwComboRow         *security_row;
  AdwActionRow        *insecure_row;
  AdwActionRow        *ca_row;
  GtkButton           *ca_clear_button;
  GtkButton           *ca_choose_button;
  AdwPreferencesGroup *login_group;
  AdwEntryRow         *username_row;
  AdwPasswordEntryRow *password_row;
  AdwEntryRow         *sender_name_row;
  AdwEntryRow         *sender_address_row;
  AdwPreferencesGroup *templates_group;
  GtkLabel            *status_label;
  GtkSpinner          *spinner;
  GtkWidget           *save_button;

  char                *ca_file;
  AdwEntryRow         *subject_rows[CPT_MAIL_N_DOCUMENTS];
  GtkTextBuffer       *body_buffers[CPT_MAIL_N_DOCUMENTS];
};

G_DEFINE_FINAL_TYPE (CptMailPage, cpt_mail_page, ADW_TYPE_PREFERENCES_PAGE)

static void
toast (CptMailPage *self,
       const char  *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

/* Errors stay on the page until the next attempt; successes are toasts. */
static void
show_status (CptMailPage *self,
             const char  *message)
{
  gtk_label_set_text (self->status_label, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), message != NULL);
}

static void
set_busy (CptMailPage *self,
          gboolean     busy)
{
  gtk_spinner_set_spinning (self->spinner, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mail-page.test", !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "mail-page.save", !busy);
}

static void
update_ca_row (CptMailPage *self)
{
  gboolean set = self->ca_file != NULL && *self->ca_file != '\0';

  adw_action_row_set_subtitle (self->ca_row,
                               set ? self->ca_file : _("None: only the usual authorities are trusted"));
  gtk_widget_set_visible (GTK_WIDGET (self->ca_clear_button), set);
}

static void
on_security_changed_cb (CptMailPage *self)
{
  CptSmtpSecurity security = adw_combo_row_get_selected (self->security_row);
  guint port = gtk_spin_button_get_value_as_int (self->port_spin);

  /* The port follows the security while it is the usual one. */
  if (port == cpt_smtp_security_default_port (self->security))
    gtk_spin_button_set_value (self->port_spin, cpt_smtp_security_default_port (security));
  self->security = security;
  gtk_widget_set_visible (GTK_WIDGET (self->insecure_row), security == CPT_SMTP_SECURITY_NONE);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The settings as the page shows them, saved or not. */
static CptMailSettings *
read_form (CptMailPage *self)
{
  CptMailSettings *settings = cpt_mail_settings_new ();

  cpt_mail_settings_set_host (settings, gtk_editable_get_text (GTK_EDITABLE (self->host_row)));
  cpt_mail_settings_set_port (settings, gtk_spin_button_get_value_as_int (self->port_spin));
  cpt_mail_settings_set_security (settings, adw_combo_row_get_selected (self->security_row));
  cpt_mail_settings_set_ca_file (settings, self->ca_file);
  cpt_mail_settings_set_username (settings, gtk_editable_get_text (GTK_EDITABLE (self->username_row)));
  cpt_mail_settings_set_sender_name (settings, gtk_editable_get_text (GTK_EDITABLE (self->sender_name_row)));
  cpt_mail_settings_set_sender_address (settings, gtk_editable_get_text (GTK_EDITABLE (self->sender_address_row)));

  for (guint i = 0; i < CPT_MAIL_N_DOCUMENTS; i++)
    {
      g_autofree char *body = buffer_text (self->body_buffers[i]);

      cpt_mail_settings_set_subject_template (settings, i, gtk_editable_get_text (GTK_EDITABLE (self->subject_rows[i])));
      cpt_mail_settings_set_body_template (settings, i, body);
    }

  return settings;
}

static void
on_password_stored_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(CptMailPage) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean stored = cpt_keyring_store_password_finish (result, &error);

  /* The preferences window was closed meanwhile. */
  if (self->db == NULL)
    return;

  set_busy (self, FALSE);
  if (!stored)
    {
      g_autofree char *message = g_strdup_printf (_("The settings are saved, but not the password. %s "
                                                    "It will be asked for at each sending."),
                                                  error->message);

      show_status (self, message);
      return;
    }

  toast (self, _("E-mail settings saved"));
}

static void
cpt_mail_page_save_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CptMailPage *self = CPT_MAIL_PAGE (widget);
  g_autoptr(CptMailSettings) settings = read_form (self);
  g_autoptr(GError) error = NULL;
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  if (!cpt_mail_settings_save (settings, self->db, &error))
    {
      show_status (self, error->message);
      return;
    }
  show_status (self, NULL);

  if (*password == '\0' || *cpt_mail_settings_get_username (settings) == '\0')
    {
      toast (self, _("E-mail settings saved"));
      return;
    }

  set_busy (self, TRUE);
  cpt_keyring_store_password_async (cpt_mail_settings_get_host (settings),
                                    cpt_mail_settings_get_username (settings),
                                    password, self->cancellable,
                                    on_password_stored_cb, g_object_ref (self));
}

typedef struct
{
  CptMailPage     *page;
  CptMailSettings *settings;
  CptMailMessage  *message;
} TestSending;

static void
test_sending_free (TestSending *test)
{
  g_clear_object (&test->page);
  g_clear_object (&test->settings);
  g_clear_object (&test->message);
  g_free (test);
}

static void
on_test_sent_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  TestSending *test = user_data;
  g_autoptr(GError) error = NULL;
  gboolean sent = cpt_smtp_sender_send_finish (CPT_SMTP_SENDER (source), result, &error);

  if (test->page->db == NULL)
    {
      test_sending_free (test);
      return;
    }

  set_busy (test->page, FALSE);
  if (!sent)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_status (test->page, error->message);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (_("Test e-mail sent to %s"),
                                                  cpt_mail_settings_get_sender_address (test->settings));

      show_status (test->page, NULL);
      toast (test->page, message);
    }

  test_sending_free (test);
}

static void
send_test (TestSending *test,
           const char  *password)
{
  g_autoptr(CptSmtpSender) sender = cpt_mail_settings_create_sender (test->settings, password);

  cpt_smtp_sender_send_async (sender, test->message, NULL, NULL, test->page->cancellable,
                              on_test_sent_cb, test);
}

static void
on_test_password_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  TestSending *test = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;

  password = cpt_mail_settings_lookup_password_finish (CPT_MAIL_SETTINGS (source), result, &error);
  if (test->page->db == NULL)
    {
      test_sending_free (test);
      return;
    }
  if (password == NULL)
    {
      set_busy (test->page, FALSE);
      show_status (test->page, error ? error->message : _("Enter the password of the e-mail login."));
      test_sending_free (test);
      return;
    }

  send_test (test, password);
}

static void
cpt_mail_page_test_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CptMailPage *self = CPT_MAIL_PAGE (widget);
  g_autoptr(GError) error = NULL;
  TestSending *test;
  const char *password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));

  test = g_new0 (TestSending, 1);
  test->page = g_object_ref (self);
  test->settings = read_form (self);
  test->message = cpt_mail_service_compose_test (self->service, test->settings, &error);
  if (test->message == NULL)
    {
      show_status (self, error->message);
      test_sending_free (test);
      return;
    }

  show_status (self, NULL);
  set_busy (self, TRUE);
  if (*password != '\0' || *cpt_mail_settings_get_username (test->settings) == '\0')
    send_test (test, password);
  else
    cpt_mail_settings_lookup_password_async (test->settings, self->cancellable, on_test_password_cb, test);
}

static void
on_chooser_response_cb (CptMailPage *self,
                        int          response)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));

      g_free (self->ca_file);
      self->ca_file = g_file_get_path (file);
      update_ca_row (self);
    }
  g_clear_object (&self->chooser);
}

static void
on_ca_choose_clicked_cb (CptMailPage *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  gtk_file_filter_set_name (filter, _("Certificates (PEM)"));
  gtk_file_filter_add_pattern (filter, "*.pem");
  gtk_file_filter_add_pattern (filter, "*.crt");
  gtk_file_filter_add_mime_type (filter, "application/x-x509-ca-cert");

  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Choose a Certificate Authority"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, C_("e-mail", "_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
on_ca_clear_clicked_cb (CptMailPage *self)
{
  g_clear_pointer (&self->ca_file, g_free);
  update_ca_row (self);
}

static void
on_password_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CptMailPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;

  password = cpt_mail_settings_lookup_password_finish (CPT_MAIL_SETTINGS (source), result, &error);
  if (self->db == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      g_autofree char *description = g_strdup_printf (_("%s It will be asked for at each sending."),
                                                      error->message);

      adw_preferences_group_set_description (self->login_group, description);
      return;
    }
  if (password != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
}

static void
add_template_rows (CptMailPage     *self,
                   CptMailSettings *settings)
{
  for (guint i = 0; i < CPT_MAIL_N_DOCUMENTS; i++)
    {
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *subject = adw_entry_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *label = gtk_label_new_with_mnemonic (C_("e-mail", "_Message"));
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), cpt_mail_document_get_title (i));
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                     cpt_mail_settings_get_subject_template (settings, i));

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (subject), C_("e-mail", "Subject"));
      gtk_editable_set_text (GTK_EDITABLE (subject), cpt_mail_settings_get_subject_template (settings, i));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), subject);
      self->subject_rows[i] = ADW_ENTRY_ROW (subject);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), view);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_widget_set_size_request (view, -1, 140);
      self->body_buffers[i] = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
      gtk_text_buffer_set_text (self->body_buffers[i], cpt_mail_settings_get_body_template (settings, i), -1);
      gtk_frame_set_child (GTK_FRAME (frame), view);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_widget_set_margin_top (box, 8);
      gtk_widget_set_margin_bottom (box, 12);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), frame);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), box);

      adw_preferences_group_add (self->templates_group, expander);
    }
}

static void
load (CptMailPage *self)
{
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_load (self->db);

  gtk_editable_set_text (GTK_EDITABLE (self->host_row), cpt_mail_settings_get_host (settings));
  self->security = cpt_mail_settings_get_security (settings);
  adw_combo_row_set_selected (self->security_row, self->security);
  gtk_spin_button_set_value (self->port_spin, cpt_mail_settings_get_port (settings));
  gtk_widget_set_visible (GTK_WIDGET (self->insecure_row), self->security == CPT_SMTP_SECURITY_NONE);
  self->ca_file = g_strdup (cpt_mail_settings_get_ca_file (settings));
  update_ca_row (self);
  gtk_editable_set_text (GTK_EDITABLE (self->username_row), cpt_mail_settings_get_username (settings));
  gtk_editable_set_text (GTK_EDITABLE (self->sender_name_row), cpt_mail_settings_get_sender_name (settings));
  gtk_editable_set_text (GTK_EDITABLE (self->sender_address_row), cpt_mail_settings_get_sender_address (settings));
  add_template_rows (self, settings);

  if (*cpt_mail_settings_get_username (settings) != '\0')
    cpt_mail_settings_lookup_password_async (settings, self->cancellable, on_password_cb, g_object_ref (self));
}

static void
cpt_mail_page_dispose (GObject *object)
{
  CptMailPage *self = CPT_MAIL_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_MAIL_PAGE);
  g_clear_object (&self->service);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_mail_page_parent_class)->dispose (object);
}

static void
cpt_mail_page_finalize (GObject *object)
{
  CptMailPage *self = CPT_MAIL_PAGE (object);

  g_free (self->ca_file);

  G_OBJECT_CLASS (cpt_mail_page_parent_class)->finalize (object);
}

static void
cpt_mail_page_class_init (CptMailPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cpt_mail_page_dispose;
  object_class->finalize = cpt_mail_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-mail-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, host_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, port_spin);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, security_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, insecure_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, ca_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, ca_clear_button);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, ca_choose_button);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, login_group);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, username_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, password_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, sender_name_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, sender_address_row);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, templates_group);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, spinner);
  gtk_widget_class_bind_template_child (widget_class, CptMailPage, save_button);

  gtk_widget_class_install_action (widget_class, "mail-page.save", NULL, cpt_mail_page_save_action);
  gtk_widget_class_install_action (widget_class, "mail-page.test", NULL, cpt_mail_page_test_action);
}

static void
cpt_mail_page_init (CptMailPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->port_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, C_("e-mail", "Port"), -1);
  g_signal_connect_object (self->security_row, "notify::selected",
                           G_CALLBACK (on_security_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ca_choose_button, "clicked",
                           G_CALLBACK (on_ca_choose_clicked_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->ca_clear_button, "clicked",
                           G_CALLBACK (on_ca_clear_clicked_cb), self, G_CONNECT_SWAPPED);
}

AdwPreferencesPage *
cpt_mail_page_new (CptDatabase *db)
{
  CptMailPage *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_MAIL_PAGE, NULL);
  self->db = g_object_ref (db);
  self->service = cpt_mail_service_new (db);
  load (self);

  return ADW_PREFERENCES_PAGE (self);
}
