/* cpt-mail-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-mail-service"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-document-builder.h"
#include "cpt-error.h"
#include "cpt-mail-service.h"
#include "cpt-money.h"
#include "cpt-credit-note-service.h"
#include "cpt-history.h"
#include "cpt-invoice-service.h"
#include "cpt-shipment-service.h"
#include "cpt-order-service.h"
#include "cpt-pdf-export.h"

struct _CptMailService
{
  GObject      parent_instance;

  CptDatabase *db;
};

G_DEFINE_FINAL_TYPE (CptMailService, cpt_mail_service, G_TYPE_OBJECT)

static void
cpt_mail_service_dispose (GObject *object)
{
  CptMailService *self = CPT_MAIL_SERVICE (object);

  g_clear_object (&self->db);

  G_OBJECT_CLASS (cpt_mail_service_parent_class)->dispose (object);
}

static void
cpt_mail_service_class_init (CptMailServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cpt_mail_service_dispose;
}

static void
cpt_mail_service_init (CptMailService *self)
{
}

CptMailService *
cpt_mail_service_new (CptDatabase *db)
{
  CptMailService *self;

  g_return_val_if_fail (CPT_IS_DATABASE (db), NULL);

  self = g_object_new (CPT_TYPE_MAIL_SERVICE, NULL);
  self->db = g_object_ref (db);

  return self;
}

/* Read at each use: the preferences may have changed them meanwhile. */
CptMailSettings *
cpt_mail_service_dup_settings (CptMailService *self)
{
  g_return_val_if_fail (CPT_IS_MAIL_SERVICE (self), NULL);

  return cpt_mail_settings_load (self->db);
}

static gboolean
check_configured (CptMailSettings  *settings,
                  GError          **error)
{
  if (cpt_mail_settings_is_configured (settings))
    return TRUE;

  g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("E-mail sending is not set up yet: enter the mail server and the sender "
                         "address in Preferences → E-mail."));
  return FALSE;
}

static gboolean
refuse_document (CptMailDocument   document,
                 GError          **error)
{
  g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
               _("The document “%s” cannot be sent by e-mail."),
               cpt_mail_document_get_title (document));
  return FALSE;
}

static gboolean
check_order (CptMailService  *self,
             gint64           id,
             char           **customer_email,
             GError         **error)
{
  g_autoptr(CptOrder) order = cpt_order_service_get (self->db, id, error);

  if (order == NULL)
    return FALSE;
  if (cpt_order_get_status (order) == CPT_ORDER_STATUS_VOID)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The order %s is void and cannot be sent."), cpt_order_get_number (order));
      return FALSE;
    }

  if (customer_email != NULL)
    *customer_email = g_strdup (cpt_order_get_customer_email (order));
  return TRUE;
}

/* Only an issued invoice has a number and a final content to send. */
static gboolean
check_invoice (CptMailService  *self,
               gint64           id,
               char           **customer_email,
               GError         **error)
{
  g_autoptr(CptInvoice) invoice = cpt_invoice_service_get (self->db, id, error);

  if (invoice == NULL)
    return FALSE;
  switch (cpt_invoice_get_status (invoice))
    {
    case CPT_INVOICE_STATUS_DRAFT:
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_STATE,
                           _("A draft invoice cannot be sent: issue it first."));
      return FALSE;

    case CPT_INVOICE_STATUS_CREDITED:
      g_set_error (error, CPT_ERROR, CPT_ERROR_STATE,
                   _("The invoice %s is cancelled by a credit note."), cpt_invoice_get_number (invoice));
      return FALSE;

    case CPT_INVOICE_STATUS_ISSUED:
    case CPT_INVOICE_STATUS_SENT:
    case CPT_INVOICE_STATUS_PAID:
    default:
      break;
    }

  if (customer_email != NULL)
    *customer_email = g_strdup (cpt_invoice_get_customer_email (invoice));
  return TRUE;
}

static gboolean
check_credit_note (CptMailService  *self,
                   gint64           id,
                   char           **customer_email,
                   GError         **error)
{
  g_autoptr(CptCreditNote) credit_note = cpt_credit_note_service_get (self->db, id, error);

  if (credit_note == NULL)
    return FALSE;

  if (customer_email != NULL)
    *customer_email = g_strdup (cpt_credit_note_get_customer_email (credit_note));
  return TRUE;
}

/* A delivery note goes to the customer of its order. */
static gboolean
check_shipment (CptMailService  *self,
                gint64           id,
                char           **customer_email,
                GError         **error)
{
  g_autoptr(CptShipment) shipment = cpt_shipment_service_get (self->db, id, error);
  g_autoptr(CptOrder) order = NULL;

  if (shipment == NULL)
    return FALSE;
  order = cpt_order_service_get (self->db, cpt_shipment_get_order_id (shipment), error);
  if (order == NULL)
    return FALSE;

  if (customer_email != NULL)
    *customer_email = g_strdup (cpt_order_get_customer_email (order));
  return TRUE;
}

/* Whether @document can be sent now, and to whom by default. Checked when
 * composing and again before anything leaves: a message that would be
 * refused afterwards must not be sent at all. */
static gboolean
check_document (CptMailService   *self,
                CptMailDocument   document,
                gint64            id,
                char            **customer_email,
                GError          **error)
{
  switch (document)
    {
    case CPT_MAIL_DOCUMENT_ORDER:
      return check_order (self, id, customer_email, error);

    case CPT_MAIL_DOCUMENT_INVOICE:
      return check_invoice (self, id, customer_email, error);

    case CPT_MAIL_DOCUMENT_CREDIT_NOTE:
      return check_credit_note (self, id, customer_email, error);

    case CPT_MAIL_DOCUMENT_DELIVERY_NOTE:
      return check_shipment (self, id, customer_email, error);

    default:
      return refuse_document (document, error);
    }
}

static CptDocument *
load_document (CptMailService   *self,
               CptMailDocument   document,
               gint64            id,
               GError          **error)
{
  switch (document)
    {
    case CPT_MAIL_DOCUMENT_INVOICE:
      return cpt_document_load_invoice (self->db, id, error);

    case CPT_MAIL_DOCUMENT_CREDIT_NOTE:
      return cpt_document_load_credit_note (self->db, id, error);

    case CPT_MAIL_DOCUMENT_DELIVERY_NOTE:
      return cpt_document_load_shipment (self->db, id, error);

    case CPT_MAIL_DOCUMENT_ORDER:
    default:
      return cpt_document_load_order (self->db, id, error);
    }
}

static void
fill_message (CptMailMessage              *message,
              CptMailSettings             *settings,
              CptMailDocument              document,
              const CptMailTemplateValues *values,
              const char                  *customer_email,
              CptDocument                 *pdf_document,
              GBytes                      *pdf)
{
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  g_autofree char *filename = NULL;

  cpt_mail_message_set_from (message, cpt_mail_settings_get_sender_name (settings),
                             cpt_mail_settings_get_sender_address (settings));
  if (customer_email != NULL && cpt_mail_address_is_valid (customer_email))
    cpt_mail_message_add_to (message, values->customer, customer_email);

  subject = cpt_mail_template_expand (cpt_mail_settings_get_subject_template (settings, document), values);
  body = cpt_mail_template_expand (cpt_mail_settings_get_body_template (settings, document), values);
  cpt_mail_message_set_subject (message, subject);
  cpt_mail_message_set_body (message, body);

  filename = cpt_document_suggest_file_name (pdf_document);
  cpt_mail_message_set_attachment (message, filename, "application/pdf", pdf);
}

/* The placeholders' values, read from the document as printed. */
static void
fill_values (CptMailTemplateValues *values,
             CptDocument           *document,
             CptMailSettings       *settings,
             char                 **total,
             char                 **due_date)
{
  const char *company = cpt_document_get_text (document, CPT_DOCUMENT_SELLER_NAME);
  const char *due = cpt_document_get_date (document, CPT_DOCUMENT_DATE_DUE);

  *total = cpt_money_format (cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL));
  *due_date = due && *due ? cpt_date_format (due) : NULL;
  values->number = cpt_document_get_text (document, CPT_DOCUMENT_NUMBER);
  values->customer = cpt_document_get_text (document, CPT_DOCUMENT_CUSTOMER_NAME);
  values->total = *total;
  values->due_date = *due_date;
  values->company = company && *company ? company : cpt_mail_settings_get_sender_name (settings);
}

static CptMailMessage *
compose_document (CptMailService   *self,
                  CptMailSettings  *settings,
                  CptMailDocument   document,
                  gint64            id,
                  GError          **error)
{
  g_autoptr(CptDocument) printed = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *customer_email = NULL;
  g_autofree char *total = NULL;
  g_autofree char *due_date = NULL;
  CptMailTemplateValues values = { 0 };
  CptMailMessage *message;

  if (!check_document (self, document, id, &customer_email, error))
    return NULL;
  printed = load_document (self, document, id, error);
  if (printed == NULL)
    return NULL;
  pdf = cpt_document_render_pdf_bytes (printed, error);
  if (pdf == NULL)
    return NULL;

  fill_values (&values, printed, settings, &total, &due_date);
  message = cpt_mail_message_new ();
  fill_message (message, settings, document, &values, customer_email, printed, pdf);

  return message;
}

/**
 * cpt_mail_service_compose:
 *
 * The message for a document as the templates make it: from the sender
 * of the settings, to the customer's e-mail (none when the customer has
 * no valid one), with the document's PDF attached.
 */
CptMailMessage *
cpt_mail_service_compose (CptMailService   *self,
                          CptMailDocument   document,
                          gint64            id,
                          GError          **error)
{
  g_autoptr(CptMailSettings) settings = NULL;

  g_return_val_if_fail (CPT_IS_MAIL_SERVICE (self), NULL);

  settings = cpt_mail_service_dup_settings (self);

  return compose_document (self, settings, document, id, error);
}

/* A short message from the sender to itself, for the « Send a test
 * e-mail » button of the preferences, with the settings being edited. */
CptMailMessage *
cpt_mail_service_compose_test (CptMailService   *self,
                               CptMailSettings  *settings,
                               GError          **error)
{
  CptMailMessage *message;

  g_return_val_if_fail (CPT_IS_MAIL_SERVICE (self), NULL);
  g_return_val_if_fail (CPT_IS_MAIL_SETTINGS (settings), NULL);

  if (!cpt_mail_settings_validate (settings, error) || !check_configured (settings, error))
    return NULL;

  message = cpt_mail_message_new ();
  cpt_mail_message_set_from (message, cpt_mail_settings_get_sender_name (settings),
                             cpt_mail_settings_get_sender_address (settings));
  cpt_mail_message_add_to (message, cpt_mail_settings_get_sender_name (settings),
                           cpt_mail_settings_get_sender_address (settings));
  cpt_mail_message_set_subject (message, _("Comptoir test message"));
  cpt_mail_message_set_body (message, _("This message was sent by Comptoir to check the e-mail settings. "
                                        "They work: documents can be sent to your customers."));

  return message;
}

static char *
recipients_text (CptMailMessage *message)
{
  g_auto(GStrv) recipients = cpt_mail_message_dup_recipients (message);

  return g_strjoinv (", ", recipients);
}

static gboolean
check_sendable (CptMailService   *self,
                CptMailSettings  *settings,
                CptMailDocument   document,
                gint64            id,
                GError          **error)
{
  return check_configured (settings, error) && check_document (self, document, id, NULL, error);
}

/* A shipment has no « sent » state: the order's history says it, naming
 * the delivery note. */
static gboolean
record_delivery_note_sent (CptMailService  *self,
                           gint64           id,
                           const char      *recipients,
                           GError         **error)
{
  g_autoptr(CptShipment) shipment = cpt_shipment_service_get (self->db, id, error);
  g_autofree char *text = NULL;
  CptHistoryTarget target = { 0 };

  if (shipment == NULL)
    return FALSE;

  target.order_id = cpt_shipment_get_order_id (shipment);
  target.shipment_id = id;
  text = g_strdup_printf (_("Delivery note %s sent by e-mail to %s"),
                          cpt_shipment_get_number (shipment), recipients);

  if (!cpt_database_begin (self->db, error))
    return FALSE;
  if (!cpt_history_add (self->db, &target, "emailed", text, error))
    {
      cpt_database_rollback (self->db);
      return FALSE;
    }
  cpt_database_mark_changed (self->db, "orders");

  return cpt_database_commit (self->db, error);
}

/* The history line and the new state, in one transaction. */
static gboolean
record_sent (CptMailService   *self,
             CptMailDocument   document,
             gint64            id,
             CptMailMessage   *message,
             GError          **error)
{
  g_autofree char *recipients = recipients_text (message);
  g_autoptr(GError) local_error = NULL;
  gboolean recorded = FALSE;

  switch (document)
    {
    case CPT_MAIL_DOCUMENT_ORDER:
      recorded = cpt_order_service_mark_sent (self->db, id, recipients, &local_error);
      break;

    case CPT_MAIL_DOCUMENT_INVOICE:
      recorded = cpt_invoice_service_mark_sent (self->db, id, recipients, &local_error);
      break;

    case CPT_MAIL_DOCUMENT_CREDIT_NOTE:
      recorded = cpt_credit_note_service_mark_sent (self->db, id, recipients, &local_error);
      break;

    case CPT_MAIL_DOCUMENT_DELIVERY_NOTE:
      recorded = record_delivery_note_sent (self, id, recipients, &local_error);
      break;

    default:
      refuse_document (document, &local_error);
      break;
    }

  if (recorded)
    return TRUE;

  g_set_error (error, CPT_ERROR, local_error->code,
               _("The e-mail was sent, but it could not be recorded: %s"), local_error->message);
  return FALSE;
}

static gboolean
check_password (CptMailSettings  *settings,
                const char       *password,
                GError          **error)
{
  if (password != NULL || *cpt_mail_settings_get_username (settings) == '\0')
    return TRUE;

  g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
               _("No password is known for the e-mail login “%s”: enter it in Preferences → E-mail."),
               cpt_mail_settings_get_username (settings));
  return FALSE;
}

/**
 * cpt_mail_service_send:
 *
 * Sends @message for a document and records it, blocking: for the API
 * server, which answers once the SMTP server has accepted the message.
 * With @password NULL, it comes from the keyring or the environment.
 */
gboolean
cpt_mail_service_send (CptMailService   *self,
                       CptMailDocument   document,
                       gint64            id,
                       CptMailMessage   *message,
                       const char       *password,
                       GCancellable     *cancellable,
                       GError          **error)
{
  g_autoptr(CptMailSettings) settings = NULL;
  g_autoptr(CptSmtpSender) sender = NULL;
  g_autofree char *looked_up = NULL;
  GError *lookup_error = NULL;

  g_return_val_if_fail (CPT_IS_MAIL_SERVICE (self), FALSE);
  g_return_val_if_fail (CPT_IS_MAIL_MESSAGE (message), FALSE);

  settings = cpt_mail_service_dup_settings (self);
  if (!check_sendable (self, settings, document, id, error))
    return FALSE;

  if (password == NULL)
    {
      looked_up = cpt_mail_settings_lookup_password (settings, cancellable, &lookup_error);
      if (lookup_error != NULL)
        {
          g_propagate_error (error, lookup_error);
          return FALSE;
        }
      password = looked_up;
    }
  if (!check_password (settings, password, error))
    return FALSE;

  sender = cpt_mail_settings_create_sender (settings, password);
  if (!cpt_smtp_sender_send (sender, message, NULL, NULL, cancellable, error))
    return FALSE;

  return record_sent (self, document, id, message, error);
}

typedef struct
{
  CptMailDocument      document;
  gint64               id;
  CptMailMessage      *message;
  CptMailSettings     *settings;
  CptSmtpProgressFunc  progress;
  gpointer             progress_data;
} SendData;

static void
send_data_free (SendData *data)
{
  g_clear_object (&data->message);
  g_clear_object (&data->settings);
  g_free (data);
}

static void
on_sent_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  CptMailService *self = g_task_get_source_object (task);
  SendData *data = g_task_get_task_data (task);
  GError *error = NULL;

  if (!cpt_smtp_sender_send_finish (CPT_SMTP_SENDER (source), result, &error) ||
      !record_sent (self, data->document, data->id, data->message, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
start_sending (GTask      *task,
               const char *password)
{
  SendData *data = g_task_get_task_data (task);
  g_autoptr(CptSmtpSender) sender = NULL;
  GError *error = NULL;

  if (!check_password (data->settings, password, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  sender = cpt_mail_settings_create_sender (data->settings, password);
  cpt_smtp_sender_send_async (sender, data->message, data->progress, data->progress_data,
                              g_task_get_cancellable (task), on_sent_cb, task);
}

static void
on_password_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GTask *task = user_data;
  g_autofree char *password = NULL;
  GError *error = NULL;

  password = cpt_mail_settings_lookup_password_finish (CPT_MAIL_SETTINGS (source), result, &error);
  if (error != NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  start_sending (task, password);
}

/**
 * cpt_mail_service_send_async:
 *
 * Sends @message for a document in the background, with @progress called
 * in this thread, then records it. With @password NULL, it comes from the
 * keyring or the environment.
 */
void
cpt_mail_service_send_async (CptMailService       *self,
                             CptMailDocument       document,
                             gint64                id,
                             CptMailMessage       *message,
                             const char           *password,
                             CptSmtpProgressFunc   progress,
                             gpointer              progress_data,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  GTask *task;
  SendData *data;
  GError *error = NULL;

  g_return_if_fail (CPT_IS_MAIL_SERVICE (self));
  g_return_if_fail (CPT_IS_MAIL_MESSAGE (message));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, cpt_mail_service_send_async);

  data = g_new0 (SendData, 1);
  data->document = document;
  data->id = id;
  data->message = g_object_ref (message);
  data->settings = cpt_mail_service_dup_settings (self);
  data->progress = progress;
  data->progress_data = progress_data;
  g_task_set_task_data (task, data, (GDestroyNotify) send_data_free);

  if (!check_sendable (self, data->settings, document, id, &error))
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }

  if (password == NULL && *cpt_mail_settings_get_username (data->settings) != '\0')
    cpt_mail_settings_lookup_password_async (data->settings, cancellable, on_password_cb, task);
  else
    start_sending (task, password);
}

gboolean
cpt_mail_service_send_finish (CptMailService  *self,
                              GAsyncResult    *result,
                              GError         **error)
{
  g_return_val_if_fail (CPT_IS_MAIL_SERVICE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
