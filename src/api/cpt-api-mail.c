/* cpt-api-mail.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-mail"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-api-language.h"
#include "cpt-api-routes.h"
#include "cpt-history-entry.h"
#include "cpt-invoice-service.h"
#include "cpt-mail-service.h"
#include "cpt-order-service.h"

/* The SMTP exchange can take seconds: the message is paused while the
 * mail service sends in the background, so other requests go on, and the
 * answer is written when the server has accepted or refused. */
typedef struct
{
  SoupServerMessage *msg;
  CptDatabase       *database;
  CptMailService    *service;
  CptMailDocument    document;
  gint64             id;
  char              *accept_language;
} CptApiMailSending;

static void
sending_free (CptApiMailSending *sending)
{
  g_object_unref (sending->msg);
  g_object_unref (sending->database);
  g_object_unref (sending->service);
  g_free (sending->accept_language);
  g_free (sending);
}

/* The order's history line that records the sending. */
static void
reply_sent (CptApiRequest  *request,
            CptMailMessage *message,
            gint64          order_id)
{
  g_autoptr(CptOrder) order = cpt_order_service_get (request->database, order_id, NULL);
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_auto(GStrv) to = cpt_mail_message_dup_to_addresses (message);
  g_auto(GStrv) cc = cpt_mail_message_dup_cc_addresses (message);
  GListModel *history = order ? cpt_order_get_history (order) : NULL;
  guint n = history ? g_list_model_get_n_items (history) : 0;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "to");
  json_builder_begin_array (builder);
  for (guint i = 0; to != NULL && to[i] != NULL; i++)
    json_builder_add_string_value (builder, to[i]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "cc");
  json_builder_begin_array (builder);
  for (guint i = 0; cc != NULL && cc[i] != NULL; i++)
    json_builder_add_string_value (builder, cc[i]);
  json_builder_end_array (builder);
  cpt_api_json_add_string (builder, "subject", cpt_mail_message_get_subject (message));
  json_builder_set_member_name (builder, "history");
  if (n > 0)
    {
      g_autoptr(CptHistoryEntry) entry = g_list_model_get_item (history, n - 1);

      json_builder_begin_object (builder);
      cpt_api_json_add_string (builder, "at", cpt_history_entry_get_at (entry));
      cpt_api_json_add_string (builder, "event", cpt_history_entry_get_event (entry));
      cpt_api_json_add_string (builder, "text", cpt_history_entry_get_text (entry));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  cpt_api_request_reply_builder (request, 200, builder);
}

static void
on_sent_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  CptApiMailSending *sending = user_data;
  CptMailMessage *message = g_object_get_data (G_OBJECT (sending->msg), "cpt-api-mail-message");
  CptApiRequest request = { 0 };
  CptApiLanguage language;
  g_autoptr(GError) error = NULL;
  gint64 order_id = sending->id;

  cpt_api_language_push (&language, sending->accept_language);
  request.msg = sending->msg;
  request.database = sending->database;

  if (!cpt_mail_service_send_finish (CPT_MAIL_SERVICE (source), result, &error))
    cpt_api_request_reply_error (&request, error);
  else
    {
      if (sending->document == CPT_MAIL_DOCUMENT_INVOICE)
        {
          g_autoptr(CptInvoice) invoice = cpt_invoice_service_get (sending->database, sending->id, NULL);

          order_id = invoice ? cpt_invoice_get_order_id (invoice) : 0;
        }
      reply_sent (&request, message, order_id);
    }

  soup_server_message_unpause (sending->msg);
  cpt_api_language_pop (&language);
  sending_free (sending);
}

/* A fresh message when the recipients are replaced: the composed one
 * already holds the customer's address. */
static CptMailMessage *
readdress (CptMailMessage *composed,
           char          **to)
{
  CptMailMessage *message = cpt_mail_message_new ();

  cpt_mail_message_set_from (message, cpt_mail_message_get_from_name (composed),
                             cpt_mail_message_get_from_address (composed));
  for (guint i = 0; to[i] != NULL; i++)
    cpt_mail_message_add_to (message, NULL, g_strstrip (to[i]));
  cpt_mail_message_set_subject (message, cpt_mail_message_get_subject (composed));
  cpt_mail_message_set_body (message, cpt_mail_message_get_body (composed));
  if (cpt_mail_message_get_attachment_data (composed) != NULL)
    cpt_mail_message_set_attachment (message, cpt_mail_message_get_attachment_name (composed),
                                     "application/pdf", cpt_mail_message_get_attachment_data (composed));
  return message;
}

static void
send_document (CptApiRequest   *request,
               CptMailDocument  document)
{
  g_autoptr(CptApiInput) input = cpt_api_request_read_body (request);
  g_autoptr(CptMailService) service = NULL;
  g_autoptr(CptMailMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *to = NULL;
  g_autofree char *cc = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  CptApiMailSending *sending;
  SoupMessageHeaders *headers;
  gint64 id = cpt_api_request_get_id (request, 0);

  if (input == NULL)
    return;
  cpt_api_input_string (input, "to", &to);
  cpt_api_input_string (input, "cc", &cc);
  cpt_api_input_string (input, "subject", &subject);
  cpt_api_input_string (input, "body", &body);
  if (!cpt_api_request_check_input (request, input))
    return;

  service = cpt_mail_service_new (request->database);
  message = cpt_mail_service_compose (service, document, id, &error);
  if (message == NULL)
    {
      cpt_api_request_reply_error (request, error);
      return;
    }
  if (to != NULL && *to != '\0')
    {
      g_auto(GStrv) addresses = g_strsplit (to, ",", -1);
      CptMailMessage *readdressed = readdress (message, addresses);

      g_object_unref (message);
      message = readdressed;
    }
  if (cc != NULL && *cc != '\0')
    {
      g_auto(GStrv) addresses = g_strsplit (cc, ",", -1);

      for (guint i = 0; addresses[i] != NULL; i++)
        cpt_mail_message_add_cc (message, NULL, g_strstrip (addresses[i]));
    }
  if (subject != NULL)
    cpt_mail_message_set_subject (message, subject);
  if (body != NULL)
    cpt_mail_message_set_body (message, body);

  headers = soup_server_message_get_request_headers (request->msg);
  sending = g_new0 (CptApiMailSending, 1);
  sending->msg = g_object_ref (request->msg);
  sending->database = g_object_ref (request->database);
  sending->service = g_object_ref (service);
  sending->document = document;
  sending->id = id;
  sending->accept_language = g_strdup (soup_message_headers_get_one (headers, "Accept-Language"));
  g_object_set_data_full (G_OBJECT (request->msg), "cpt-api-mail-message",
                          g_object_ref (message), g_object_unref);

  soup_server_message_pause (request->msg);
  request->replied = TRUE;
  cpt_mail_service_send_async (service, document, id, message, NULL, NULL, NULL, NULL,
                               on_sent_cb, sending);
}

static void
send_order (CptApiRequest *request)
{
  send_document (request, CPT_MAIL_DOCUMENT_ORDER);
}

static void
send_invoice (CptApiRequest *request)
{
  send_document (request, CPT_MAIL_DOCUMENT_INVOICE);
}

void
cpt_api_mail_register (CptApiServer *server)
{
  cpt_api_server_add_route (server, "POST", "/api/v1/salesorders/{id}/email", send_order);
  cpt_api_server_add_route (server, "POST", "/api/v1/invoices/{id}/email", send_invoice);
}
