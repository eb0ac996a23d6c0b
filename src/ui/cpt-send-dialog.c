/* cpt-send-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-send-dialog"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cpt-send-dialog.h"

#include "cpt-application.h"
#include "cpt-invoice-view.h"
#include "cpt-keyring.h"
#include "cpt-mail-service.h"
#include "cpt-preferences-window.h"
#include "cpt-shipment-view.h"
#include "cpt-window.h"

struct _CptSendDialog
{
  AdwWindow         parent_instance;

  CptDatabase      *db;
  CptMailService   *service;
  CptMailSettings  *settings;
  CptMailMessage   *message;
  CptMailDocument   document;
  gint64            id;
  char             *customer_name;
  char             *customer_email;
  GCancellable     *cancellable;
  gboolean          sending;
  /* From the keyring; NULL while unknown or when there is none. */
  char             *password;
  gboolean          keyring_works;

  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  GtkWidget        *setup_button;
  GtkWidget        *send_button;
  AdwEntryRow      *to_row;
  AdwEntryRow      *cc_row;
  AdwEntryRow      *subject_row;
  GtkTextView      *body_view;
  AdwActionRow     *attachment_row;
  GtkRevealer      *password_revealer;
  AdwPreferencesGroup *password_group;
  AdwPasswordEntryRow *password_row;
  GtkRevealer      *progress_revealer;
  GtkLabel         *progress_label;
  GtkProgressBar   *progress_bar;
};

G_DEFINE_FINAL_TYPE (CptSendDialog, cpt_send_dialog, ADW_TYPE_WINDOW)

enum {
  SENT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A hidden revealer would still take the box's spacing: hide it too. */
static void
reveal (GtkRevealer *revealer,
        gboolean     shown)
{
  gtk_widget_set_visible (GTK_WIDGET (revealer), shown);
  gtk_revealer_set_reveal_child (revealer, shown);
}

static void
show_error (CptSendDialog *self,
            const char    *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (self->setup_button, FALSE);
  reveal (self->error_revealer, message != NULL);
}

static void
set_sending (CptSendDialog *self,
             gboolean       sending)
{
  GtkWidget *fields[] = {
    GTK_WIDGET (self->to_row), GTK_WIDGET (self->cc_row), GTK_WIDGET (self->subject_row),
    GTK_WIDGET (self->body_view), GTK_WIDGET (self->password_row),
  };

  self->sending = sending;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    gtk_widget_set_sensitive (fields[i], !sending);
  reveal (self->progress_revealer, sending);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "send.send",
                                 !sending && cpt_mail_settings_is_configured (self->settings));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "send.mail-client", !sending);
  if (sending)
    gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
}

gboolean
cpt_send_dialog_is_sending (CptSendDialog *self)
{
  g_return_val_if_fail (CPT_IS_SEND_DIALOG (self), FALSE);

  return self->sending;
}

static char *
dup_body (CptSendDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Puts what the user typed into the message; FALSE with the reason shown
 * when an address is not one. */
static gboolean
update_message (CptSendDialog *self,
                gboolean       need_recipient)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) to = NULL;
  g_auto(GStrv) cc = NULL;
  g_autofree char *body = NULL;

  to = cpt_mail_address_list_parse (gtk_editable_get_text (GTK_EDITABLE (self->to_row)), &error);
  if (to != NULL)
    cc = cpt_mail_address_list_parse (gtk_editable_get_text (GTK_EDITABLE (self->cc_row)), &error);
  if (error != NULL)
    {
      show_error (self, error->message);
      return FALSE;
    }
  if (need_recipient && to[0] == NULL)
    {
      show_error (self, _("Enter the e-mail address of the recipient."));
      gtk_widget_grab_focus (GTK_WIDGET (self->to_row));
      return FALSE;
    }

  cpt_mail_message_clear_recipients (self->message);
  for (guint i = 0; to[i] != NULL; i++)
    cpt_mail_message_add_to (self->message,
                             g_ascii_strcasecmp (to[i], self->customer_email) == 0 ? self->customer_name : NULL,
                             to[i]);
  for (guint i = 0; cc[i] != NULL; i++)
    cpt_mail_message_add_cc (self->message, NULL, cc[i]);

  cpt_mail_message_set_subject (self->message, gtk_editable_get_text (GTK_EDITABLE (self->subject_row)));
  body = dup_body (self);
  cpt_mail_message_set_body (self->message, body);

  return TRUE;
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  CptSendDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

static char *
recipients_text (CptMailMessage *message)
{
  g_auto(GStrv) recipients = cpt_mail_message_dup_recipients (message);

  return g_strjoinv (", ", recipients);
}

static void
on_sent_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(CptSendDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *recipients = NULL;
  const char *typed;

  /* Destroyed meanwhile (the application quit): nothing to show. */
  if (self->service == NULL)
    return;

  set_sending (self, FALSE);
  g_clear_object (&self->cancellable);

  if (!cpt_mail_service_send_finish (CPT_MAIL_SERVICE (source), result, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* A password typed here is kept for next time when a keyring works. */
  typed = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  if (self->keyring_works && gtk_revealer_get_reveal_child (self->password_revealer) && *typed != '\0')
    cpt_keyring_store_password_async (cpt_mail_settings_get_host (self->settings),
                                      cpt_mail_settings_get_username (self->settings),
                                      typed, NULL, NULL, NULL);

  recipients = recipients_text (self->message);
  g_signal_emit (self, signals[SENT], 0, recipients);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cpt_send_dialog_send_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  CptSendDialog *self = CPT_SEND_DIALOG (widget);
  g_autofree char *recipients = NULL;
  g_autofree char *progress = NULL;
  const char *password = self->password;

  if (self->sending || !update_message (self, TRUE))
    return;

  if (gtk_revealer_get_reveal_child (self->password_revealer))
    {
      password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
      if (*password == '\0')
        {
          show_error (self, _("Enter the password of the e-mail login to send the message."));
          gtk_widget_grab_focus (GTK_WIDGET (self->password_row));
          return;
        }
    }

  show_error (self, NULL);
  recipients = recipients_text (self->message);
  progress = g_strdup_printf (_("Sending to %s…"), recipients);
  gtk_label_set_text (self->progress_label, progress);
  set_sending (self, TRUE);
  self->cancellable = g_cancellable_new ();
  cpt_mail_service_send_async (self->service, self->document, self->id, self->message, password,
                               on_progress, self, self->cancellable, on_sent_cb, g_object_ref (self));
}

static void
cpt_send_dialog_cancel_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  CptSendDialog *self = CPT_SEND_DIALOG (widget);

  if (self->sending)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_destroy (GTK_WINDOW (self));
}

/* Closing while a sending runs stops the sending first: the dialog
 * stays until the cancellation came back. */
static gboolean
cpt_send_dialog_close_request (GtkWindow *window)
{
  CptSendDialog *self = CPT_SEND_DIALOG (window);

  if (!self->sending)
    return GTK_WINDOW_CLASS (cpt_send_dialog_parent_class)->close_request (window);

  g_cancellable_cancel (self->cancellable);
  return TRUE;
}

/* The PDF goes where the mail application can still read it after this
 * dialog is gone: the user's cache. */
static char *
save_attachment (CptSendDialog  *self,
                 GError        **error)
{
  g_autofree char *dir = g_build_filename (g_get_user_cache_dir (), "comptoir", "attachments", NULL);
  g_autofree char *path = NULL;
  GBytes *data = cpt_mail_message_get_attachment_data (self->message);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno),
                   _("The folder %s could not be created."), dir);
      return NULL;
    }

  path = g_build_filename (dir, cpt_mail_message_get_attachment_name (self->message), NULL);
  if (!g_file_set_contents_full (path, g_bytes_get_data (data, NULL), g_bytes_get_size (data),
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return NULL;

  return g_steal_pointer (&path);
}

static void
cpt_send_dialog_mail_client_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  CptSendDialog *self = CPT_SEND_DIALOG (widget);
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *attachment = NULL;
  g_autofree char *body = NULL;
  g_auto(GStrv) to = NULL;
  g_auto(GStrv) cc = NULL;
  GtkWindow *parent;

  if (!update_message (self, FALSE))
    return;

  attachment = save_attachment (self, &error);
  if (attachment == NULL)
    {
      show_error (self, error->message);
      return;
    }

  body = dup_body (self);
  to = cpt_mail_message_dup_to_addresses (self->message);
  cc = cpt_mail_message_dup_cc_addresses (self->message);

  g_ptr_array_add (argv, g_strdup ("xdg-email"));
  g_ptr_array_add (argv, g_strdup ("--utf8"));
  g_ptr_array_add (argv, g_strdup ("--subject"));
  g_ptr_array_add (argv, g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->subject_row))));
  g_ptr_array_add (argv, g_strdup ("--body"));
  g_ptr_array_add (argv, g_steal_pointer (&body));
  for (guint i = 0; cc[i] != NULL; i++)
    {
      g_ptr_array_add (argv, g_strdup ("--cc"));
      g_ptr_array_add (argv, g_strdup (cc[i]));
    }
  g_ptr_array_add (argv, g_strdup ("--attach"));
  g_ptr_array_add (argv, g_strdup (attachment));
  for (guint i = 0; to[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (to[i]));
  g_ptr_array_add (argv, NULL);

  /* Reaped by GLib once it exits; nothing waits for the mail
   * application. */
  process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_NONE, &error);
  if (process == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Your mail application could not be opened: %s"),
                                                  error->message);

      show_error (self, message);
      return;
    }

  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (CPT_IS_WINDOW (parent))
    cpt_window_show_message (CPT_WINDOW (parent), _("The message is open in your mail application."));
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_password_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CptSendDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  char *password;

  password = cpt_mail_settings_lookup_password_finish (CPT_MAIL_SETTINGS (source), result, &error);
  if (self->service == NULL)
    {
      g_free (password);
      return;
    }
  if (password != NULL)
    {
      g_free (self->password);
      self->password = password;
      self->keyring_works = TRUE;
      return;
    }

  /* Without a password, ask for it here and say why. */
  self->keyring_works = (error == NULL);
  if (error != NULL)
    description = g_strdup_printf (_("%s Enter the password to send this message."), error->message);
  else
    description = g_strdup_printf (_("No password is saved for “%s”. Enter it to send this message; "
                                     "it will be kept in your keyring."),
                                   cpt_mail_settings_get_username (self->settings));
  adw_preferences_group_set_description (self->password_group, description);
  reveal (self->password_revealer, TRUE);
}

/* What the settings allow: sending, or first setting up the e-mail. */
static void
apply_settings (CptSendDialog *self)
{
  set_sending (self, FALSE);
  if (!cpt_mail_settings_is_configured (self->settings))
    {
      show_error (self, _("E-mail sending is not set up yet: enter the mail server and the sender "
                          "address in Preferences → E-mail."));
      gtk_widget_set_visible (self->setup_button, TRUE);
      return;
    }

  show_error (self, NULL);
  if (*cpt_mail_settings_get_username (self->settings) != '\0')
    cpt_mail_settings_lookup_password_async (self->settings, NULL, on_password_cb, g_object_ref (self));
}

static void
on_preferences_destroy_cb (CptSendDialog *self)
{
  if (self->service == NULL)
    return;

  g_clear_object (&self->settings);
  self->settings = cpt_mail_service_dup_settings (self->service);
  cpt_mail_message_set_from (self->message, cpt_mail_settings_get_sender_name (self->settings),
                             cpt_mail_settings_get_sender_address (self->settings));
  apply_settings (self);
}

/* « Configurer… »: the Messagerie preferences over this dialog; the
 * settings are read again when they close. */
static void
cpt_send_dialog_setup_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  CptSendDialog *self = CPT_SEND_DIALOG (widget);
  CptPreferencesWindow *preferences = cpt_preferences_window_new (GTK_WINDOW (self), self->db);

  cpt_preferences_window_show_page (preferences, "email");
  g_signal_connect_object (preferences, "destroy", G_CALLBACK (on_preferences_destroy_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
cpt_send_dialog_dispose (GObject *object)
{
  CptSendDialog *self = CPT_SEND_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), CPT_TYPE_SEND_DIALOG);
  g_clear_object (&self->message);
  g_clear_object (&self->settings);
  g_clear_object (&self->service);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_send_dialog_parent_class)->dispose (object);
}

static void
cpt_send_dialog_finalize (GObject *object)
{
  CptSendDialog *self = CPT_SEND_DIALOG (object);

  g_free (self->customer_name);
  g_free (self->customer_email);
  g_free (self->password);

  G_OBJECT_CLASS (cpt_send_dialog_parent_class)->finalize (object);
}

static void
cpt_send_dialog_class_init (CptSendDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = cpt_send_dialog_dispose;
  object_class->finalize = cpt_send_dialog_finalize;
  window_class->close_request = cpt_send_dialog_close_request;

  /* The recipients, « a@b.fr, c@d.fr », once the message is recorded. */
  signals[SENT] = g_signal_new ("sent", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/cpt-send-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, setup_button);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, send_button);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, cc_row);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, subject_row);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, attachment_row);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, password_revealer);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, password_group);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, CptSendDialog, progress_bar);

  gtk_widget_class_install_action (widget_class, "send.send", NULL, cpt_send_dialog_send_action);
  gtk_widget_class_install_action (widget_class, "send.cancel", NULL, cpt_send_dialog_cancel_action);
  gtk_widget_class_install_action (widget_class, "send.mail-client", NULL, cpt_send_dialog_mail_client_action);
  gtk_widget_class_install_action (widget_class, "send.setup", NULL, cpt_send_dialog_setup_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "send.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "send.send", NULL);
}

static void
cpt_send_dialog_init (CptSendDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
fill_fields (CptSendDialog *self)
{
  g_auto(GStrv) to = cpt_mail_message_dup_to_addresses (self->message);
  g_autofree char *to_text = g_strjoinv (", ", to);
  g_autofree char *size = NULL;
  g_autofree char *subtitle = NULL;
  GBytes *pdf = cpt_mail_message_get_attachment_data (self->message);

  self->customer_email = g_strdup (to[0] ? to[0] : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to_text);
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), cpt_mail_message_get_subject (self->message));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->body_view), cpt_mail_message_get_body (self->message), -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->attachment_row),
                                 cpt_mail_message_get_attachment_name (self->message));
  size = g_format_size (pdf ? g_bytes_get_size (pdf) : 0);
  /* TRANSLATORS: the attachment's type and size, « PDF, 48,2 ko » */
  subtitle = g_strdup_printf (_("PDF, %s"), size);
  adw_action_row_set_subtitle (self->attachment_row, subtitle);
}

CptSendDialog *
cpt_send_dialog_new (GtkWindow        *parent,
                     CptDatabase      *db,
                     CptMailDocument   document,
                     gint64            id,
                     GError          **error)
{
  g_autoptr(CptMailService) service = NULL;
  g_autoptr(CptMailMessage) message = NULL;
  CptSendDialog *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  service = cpt_mail_service_new (db);
  message = cpt_mail_service_compose (service, document, id, error);
  if (message == NULL)
    return NULL;

  self = g_object_new (CPT_TYPE_SEND_DIALOG, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  self->service = g_steal_pointer (&service);
  self->message = g_steal_pointer (&message);
  self->settings = cpt_mail_service_dup_settings (self->service);
  self->document = document;
  self->id = id;
  self->customer_name = g_strdup (cpt_mail_message_get_to_name (self->message, 0));
  fill_fields (self);

  apply_settings (self);

  return self;
}

static void
on_sent_toast_cb (CptSendDialog *self,
                  const char    *recipients,
                  GtkWindow     *parent)
{
  g_autofree char *message = g_strdup_printf (_("Sent to %s"), recipients);

  if (CPT_IS_WINDOW (parent))
    cpt_window_show_message (CPT_WINDOW (parent), message);
}

static void
show_refusal (GtkWindow    *parent,
              const char   *heading,
              const GError *error)
{
  GtkWidget *dialog;

  if (CPT_IS_WINDOW (parent))
    {
      cpt_window_show_error (CPT_WINDOW (parent), heading, error);
      return;
    }

  dialog = adw_message_dialog_new (parent, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * cpt_send_dialog_present:
 *
 * Opens the dialog for a document over @parent, or says why the document
 * cannot be sent. Once sent, @parent (a CptWindow) shows « Envoyée à … ».
 */
CptSendDialog *
cpt_send_dialog_present (GtkWindow       *parent,
                         CptDatabase     *db,
                         CptMailDocument  document,
                         gint64           id)
{
  g_autoptr(GError) error = NULL;
  CptSendDialog *self;

  self = cpt_send_dialog_new (parent, db, document, id, &error);
  if (self == NULL)
    {
      const char *heading[CPT_MAIL_N_DOCUMENTS] = {
        [CPT_MAIL_DOCUMENT_ORDER] = _("The order cannot be sent"),
        [CPT_MAIL_DOCUMENT_INVOICE] = _("The invoice cannot be sent"),
        [CPT_MAIL_DOCUMENT_CREDIT_NOTE] = _("The credit note cannot be sent"),
        [CPT_MAIL_DOCUMENT_DELIVERY_NOTE] = _("The delivery note cannot be sent"),
      };

      show_refusal (parent, heading[document], error);
      return NULL;
    }

  if (parent != NULL)
    g_signal_connect_object (self, "sent", G_CALLBACK (on_sent_toast_cb), parent, 0);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

CptSendDialog *
cpt_send_dialog_present_for_order (GtkWindow   *parent,
                                   CptDatabase *db,
                                   gint64       order_id)
{
  return cpt_send_dialog_present (parent, db, CPT_MAIL_DOCUMENT_ORDER, order_id);
}

static CptDatabase *
window_database (GtkWidget *window)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));

  return CPT_IS_APPLICATION (application) ? cpt_application_get_database (CPT_APPLICATION (application)) : NULL;
}

/* win.send-order(x) and win.send-invoice(x): what « Enregistrer et
 * envoyer » of the order form and « Émettre et envoyer » of the invoice
 * dialog activate with the id they just saved. Not "order.send" on the
 * window: GTK 4.8 warns when a window action shadows the order view's
 * own order.send with another parameter type. */
static void
window_send_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CptDatabase *db = window_database (widget);

  g_return_if_fail (db != NULL);

  cpt_send_dialog_present (GTK_WINDOW (widget), db,
                           g_str_equal (action_name, "win.send-invoice") ? CPT_MAIL_DOCUMENT_INVOICE
                                                                     : CPT_MAIL_DOCUMENT_ORDER,
                           g_variant_get_int64 (parameter));
}

/* The view shows the invoice's new status, and its page the new row. */
static void
on_invoice_view_sent_cb (CptSendDialog  *dialog,
                         const char     *recipients,
                         CptInvoiceView *view)
{
  CptInvoice *invoice = cpt_invoice_view_get_invoice (view);

  if (invoice != NULL)
    cpt_invoice_view_set_invoice (view, dialog->db, cpt_invoice_get_id (invoice));
  g_signal_emit_by_name (view, "changed");
}

/* invoice.send on the invoice view: its « Envoyer par e-mail » button. */
static void
invoice_view_send_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CptInvoiceView *view = CPT_INVOICE_VIEW (widget);
  CptInvoice *invoice = cpt_invoice_view_get_invoice (view);
  GtkRoot *root = gtk_widget_get_root (widget);
  CptDatabase *db = GTK_IS_WINDOW (root) ? window_database (GTK_WIDGET (root)) : NULL;
  CptSendDialog *dialog;

  if (invoice == NULL || db == NULL)
    return;

  dialog = cpt_send_dialog_present (GTK_WINDOW (root), db, CPT_MAIL_DOCUMENT_INVOICE,
                                    cpt_invoice_get_id (invoice));
  if (dialog != NULL)
    g_signal_connect_object (dialog, "sent", G_CALLBACK (on_invoice_view_sent_cb), view, 0);
}

static void
on_shipment_view_sent_cb (CptSendDialog   *dialog,
                          const char      *recipients,
                          CptShipmentView *view)
{
  g_signal_emit_by_name (view, "changed");
}

/* shipment.send on the shipment view: the delivery note to the customer. */
static void
shipment_view_send_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CptShipmentView *view = CPT_SHIPMENT_VIEW (widget);
  CptShipment *shipment = cpt_shipment_view_get_shipment (view);
  GtkRoot *root = gtk_widget_get_root (widget);
  CptDatabase *db = GTK_IS_WINDOW (root) ? window_database (GTK_WIDGET (root)) : NULL;
  CptSendDialog *dialog;

  if (shipment == NULL || db == NULL)
    return;

  dialog = cpt_send_dialog_present (GTK_WINDOW (root), db, CPT_MAIL_DOCUMENT_DELIVERY_NOTE,
                                    cpt_shipment_get_id (shipment));
  if (dialog != NULL)
    g_signal_connect_object (dialog, "sent", G_CALLBACK (on_shipment_view_sent_cb), view, 0);
}

/**
 * cpt_send_dialog_install_actions:
 *
 * Installs the sending actions on the window and the invoice and shipment
 * views (the order view installs its own order.send), before
 * the first window is made: class actions are numbered when the first
 * instance is created. Later calls do nothing.
 */
void
cpt_send_dialog_install_actions (void)
{
  static gboolean installed;
  GtkWidgetClass *window_class;
  GtkWidgetClass *invoice_view_class;
  GtkWidgetClass *shipment_view_class;

  /* Every application of a test process starts up: install once. */
  if (installed)
    return;
  installed = TRUE;

  window_class = g_type_class_ref (CPT_TYPE_WINDOW);
  invoice_view_class = g_type_class_ref (CPT_TYPE_INVOICE_VIEW);
  shipment_view_class = g_type_class_ref (CPT_TYPE_SHIPMENT_VIEW);

  gtk_widget_class_install_action (window_class, "win.send-order", "x", window_send_action);
  gtk_widget_class_install_action (window_class, "win.send-invoice", "x", window_send_action);
  gtk_widget_class_install_action (invoice_view_class, "invoice.send", NULL, invoice_view_send_action);
  gtk_widget_class_install_action (shipment_view_class, "shipment.send", NULL, shipment_view_send_action);

  g_type_class_unref (shipment_view_class);
  g_type_class_unref (invoice_view_class);
  g_type_class_unref (window_class);
}
