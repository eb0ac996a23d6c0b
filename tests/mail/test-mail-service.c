/* test-mail-service.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A real order sent to a real SMTP server, on a bus without a keyring:
 * the password comes from COMPTOIR_SMTP_PASSWORD as on a headless server.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cpt-error.h"
#include "cpt-credit-note-service.h"
#include "cpt-invoice-service.h"
#include "cpt-shipment-service.h"
#include "cpt-mail-service.h"
#include "cpt-money.h"
#include "cpt-order-service.h"
#include "cpt-test-smtp-server.h"
#include "order-fixture.h"

#define USER "ventes@dupont.fr"
#define PASSWORD "mot de passe très secret"

typedef struct
{
  char              *dir;
  CptDatabase       *db;
  CptTestSmtpServer *server;
  CptMailService    *service;
  gint64             customer_id;
} Fixture;

static void
configure (Fixture    *fixture,
           const char *host)
{
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_load (fixture->db);
  g_autoptr(GError) error = NULL;

  cpt_mail_settings_set_host (settings, host);
  cpt_mail_settings_set_port (settings, cpt_test_smtp_server_get_port (fixture->server));
  cpt_mail_settings_set_security (settings, CPT_SMTP_SECURITY_STARTTLS);
  cpt_mail_settings_set_username (settings, USER);
  cpt_mail_settings_set_ca_file (settings, cpt_test_smtp_server_get_ca_file (fixture->server));
  cpt_mail_settings_set_sender_name (settings, "Société Dupont & Fils");
  cpt_mail_settings_set_sender_address (settings, "ventes@dupont.fr");
  cpt_mail_settings_set_subject_template (settings, CPT_MAIL_DOCUMENT_ORDER,
                                          "Commande {number} – {company} pour {customer} {inconnu}");
  cpt_mail_settings_set_body_template (settings, CPT_MAIL_DOCUMENT_ORDER,
                                       "Bonjour {customer},\n\nVotre commande {number} : {total} TTC.\n\n{company}");
  g_assert_true (cpt_mail_settings_save (settings, fixture->db, &error));
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = store_test_make_dir ();
  fixture->db = fixture_open (fixture->dir);
  store_test_exec (fixture->db, "UPDATE company SET name = 'Société Dupont & Fils', city = 'Lyon' WHERE id = 1");
  fixture->customer_id = fixture_add_customer (fixture->db, "Éric Lefèvre", "Paris");
  fixture->server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  fixture->service = cpt_mail_service_new (fixture->db);
  configure (fixture, "127.0.0.1");
  g_setenv (CPT_SMTP_PASSWORD_ENV, PASSWORD, TRUE);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_unsetenv (CPT_SMTP_PASSWORD_ENV);
  g_clear_object (&fixture->service);
  g_clear_pointer (&fixture->server, cpt_test_smtp_server_free);
  g_clear_object (&fixture->db);
  store_test_remove_dir (fixture->dir);
  g_free (fixture->dir);
}

/* Two lines at 20 %; the tests read the total back from the order. */
static gint64
new_draft (Fixture *fixture)
{
  g_autoptr(CptOrder) order = fixture_order_new (fixture->customer_id, "2026-11-28",
                                                 2000, 49900, TAX_20,
                                                 1500, 15704, TAX_20,
                                                 -1);
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_order_service_create (fixture->db, order, &error));
  g_assert_no_error (error);

  return cpt_order_get_id (order);
}

/* pdftotext turns the narrow no-break spaces of « 1 234,56 € » into
 * plain ones, or drops them: compare without any space. */
static char *
without_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
order_status (Fixture *fixture,
              gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT status FROM sales_orders WHERE id = %" G_GINT64_FORMAT, id);

  return store_test_query_text (fixture->db, sql);
}

static gint64
emailed_events (Fixture *fixture,
                gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM history_events"
                                          " WHERE order_id = %" G_GINT64_FORMAT " AND event = 'emailed'", id);

  return store_test_query_int (fixture->db, sql);
}

typedef struct
{
  GMainLoop *loop;
  gboolean   sent;
  GError    *error;
  double     last_progress;
} SendState;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  SendState *state = user_data;

  state->last_progress = fraction;
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  SendState *state = user_data;

  state->sent = cpt_mail_service_send_finish (CPT_MAIL_SERVICE (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static gboolean
send_document_and_wait (Fixture         *fixture,
                        CptMailDocument  document,
                        gint64           id,
                        CptMailMessage  *message,
                        const char      *password,
                        GError         **error)
{
  SendState state = { g_main_loop_new (NULL, FALSE), FALSE, NULL, 0.0 };

  cpt_mail_service_send_async (fixture->service, document, id, message, password,
                               on_progress, &state, NULL, on_sent, &state);
  g_main_loop_run (state.loop);
  g_main_loop_unref (state.loop);
  if (state.error != NULL)
    g_propagate_error (error, state.error);

  return state.sent;
}

static gboolean
send_and_wait (Fixture         *fixture,
               gint64           id,
               CptMailMessage  *message,
               const char      *password,
               GError         **error)
{
  SendState state = { g_main_loop_new (NULL, FALSE), FALSE, NULL, 0.0 };

  cpt_mail_service_send_async (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, message, password,
                               on_progress, &state, NULL, on_sent, &state);
  g_main_loop_run (state.loop);
  g_main_loop_unref (state.loop);
  if (state.sent)
    g_assert_cmpfloat (state.last_progress, ==, 1.0);
  if (state.error != NULL)
    g_propagate_error (error, state.error);

  return state.sent;
}

static void
test_send_order (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CptMailMessage) message = NULL;
  g_autoptr(CptOrder) order = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  g_autoptr(JsonObject) envelope = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "received.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *status = NULL;
  g_autofree char *history = NULL;
  g_autofree char *total = NULL;
  g_autofree char *expected_subject = NULL;
  g_auto(GStrv) to = NULL;
  JsonArray *cc;
  JsonObject *attachment;
  gint64 id = new_draft (fixture);

  order = cpt_order_service_get (fixture->db, id, &error);
  g_assert_no_error (error);
  total = cpt_money_format (cpt_order_get_total (order));

  message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, &error);
  g_assert_no_error (error);
  to = cpt_mail_message_dup_to_addresses (message);
  g_assert_cmpstr (to[0], ==, "client@example.fr");
  g_assert_null (to[1]);
  expected_subject = g_strdup_printf ("Commande %s – Société Dupont & Fils pour Éric Lefèvre {inconnu}",
                                      cpt_order_get_number (order));
  g_assert_cmpstr (cpt_mail_message_get_subject (message), ==, expected_subject);
  g_assert_true (g_str_has_suffix (cpt_mail_message_get_attachment_name (message), ".pdf"));
  cpt_mail_message_add_cc (message, NULL, "compta@example.fr");
  cpt_mail_message_add_cc (message, "Direction", "direction@example.fr");

  /* The password comes from COMPTOIR_SMTP_PASSWORD: no keyring here. */
  g_assert_true (send_and_wait (fixture, id, message, NULL, &error));
  g_assert_no_error (error);

  path = cpt_test_smtp_server_wait_message (fixture->server, 1);
  g_assert_nonnull (path);
  envelope = cpt_test_smtp_server_get_envelope (fixture->server, 1);
  g_assert_true (json_object_get_boolean_member (envelope, "authenticated"));
  g_assert_true (json_object_get_boolean_member (envelope, "tls"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (envelope, "rcpt_tos")), ==, 3);

  parsed = cpt_test_parse_message (path, pdf_path);
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (json_object_get_array_member (parsed, "from"), 0), 0), ==,
                   "Société Dupont & Fils");
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (json_object_get_array_member (parsed, "to"), 0), 1), ==,
                   "client@example.fr");
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (json_object_get_array_member (parsed, "to"), 0), 0), ==,
                   "Éric Lefèvre");
  cc = json_object_get_array_member (parsed, "cc");
  g_assert_cmpuint (json_array_get_length (cc), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (json_array_get_array_element (cc, 1), 1), ==, "direction@example.fr");
  g_assert_cmpstr (json_object_get_string_member (parsed, "subject"), ==, expected_subject);
  g_assert_nonnull (strstr (json_object_get_string_member (parsed, "body"), "Bonjour Éric Lefèvre,"));
  g_assert_nonnull (strstr (json_object_get_string_member (parsed, "body"), total));
  g_assert_nonnull (strstr (json_object_get_string_member (parsed, "body"), cpt_order_get_number (order)));

  attachment = json_array_get_object_element (json_object_get_array_member (parsed, "attachments"), 0);
  g_assert_cmpstr (json_object_get_string_member (attachment, "content_type"), ==, "application/pdf");
  pdf_text = cpt_test_pdf_to_text (pdf_path);
  g_assert_nonnull (strstr (pdf_text, cpt_order_get_number (order)));
  {
    g_autofree char *compact_pdf = without_spaces (pdf_text);
    g_autofree char *compact_total = without_spaces (total);

    g_test_message ("total %s", total);
    g_assert_nonnull (strstr (compact_pdf, compact_total));
  }

  /* Sending a draft confirmed it, and the history says to whom. */
  status = order_status (fixture, id);
  g_assert_cmpstr (status, ==, "confirmed");
  g_assert_cmpint (emailed_events (fixture, id), ==, 1);
  history = store_test_query_text (fixture->db, "SELECT text FROM history_events WHERE event = 'emailed'");
  g_assert_nonnull (strstr (history, "client@example.fr, compta@example.fr, direction@example.fr"));
}

static void
assert_nothing_recorded (Fixture    *fixture,
                         gint64      id,
                         const char *snapshot)
{
  g_autofree char *status = order_status (fixture, id);
  g_autofree char *after = fixture_snapshot (fixture->db);

  g_assert_cmpstr (status, ==, "draft");
  g_assert_cmpint (emailed_events (fixture, id), ==, 0);
  g_assert_cmpstr (snapshot, ==, after);
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (fixture->server), ==, 0);
}

static void
test_wrong_password (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = new_draft (fixture);
  g_autoptr(CptMailMessage) message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, NULL);
  g_autofree char *snapshot = fixture_snapshot (fixture->db);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_false (send_and_wait (fixture, id, message, "pas le bon", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (error->message, "Le serveur de messagerie 127.0.0.1 a refusé la connexion"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, (CPT_SMTP_DEFAULT_TIMEOUT + 2) * G_USEC_PER_SEC);
  assert_nothing_recorded (fixture, id, snapshot);
}

static void
test_server_stopped (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = new_draft (fixture);
  g_autoptr(CptMailMessage) message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, NULL);
  g_autofree char *snapshot = NULL;
  g_autoptr(GError) error = NULL;

  cpt_test_smtp_server_stop (fixture->server);
  snapshot = fixture_snapshot (fixture->db);
  g_assert_false (send_and_wait (fixture, id, message, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (error->message, "Le serveur de messagerie 127.0.0.1 est injoignable sur le port"));
  assert_nothing_recorded (fixture, id, snapshot);
}

static void
test_sync_send (Fixture       *fixture,
                gconstpointer  data)
{
  gint64 id = new_draft (fixture);
  g_autoptr(CptMailMessage) message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;

  g_assert_true (cpt_mail_service_send (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, message,
                                        NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (fixture->server), ==, 1);
  status = order_status (fixture, id);
  g_assert_cmpstr (status, ==, "confirmed");
  g_assert_cmpint (emailed_events (fixture, id), ==, 1);
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  gint64 id = new_draft (fixture);
  g_autoptr(CptMailMessage) message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, NULL);
  g_autoptr(CptMailSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *snapshot = NULL;

  /* No password anywhere. */
  g_unsetenv (CPT_SMTP_PASSWORD_ENV);
  snapshot = fixture_snapshot (fixture->db);
  g_assert_false (send_and_wait (fixture, id, message, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Aucun trousseau de clés"));
  g_clear_error (&error);
  assert_nothing_recorded (fixture, id, snapshot);

  /* A void order is not sent at all. */
  g_assert_true (cpt_order_service_void (fixture->db, id, "Erreur de saisie", &error));
  g_assert_no_error (error);
  g_assert_false (send_and_wait (fixture, id, message, PASSWORD, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_clear_error (&error);
  g_assert_null (cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_ORDER, id, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_clear_error (&error);

  /* Not set up: say where to set it up. */
  settings = cpt_mail_settings_load (fixture->db);
  cpt_mail_settings_set_host (settings, "");
  g_assert_true (cpt_mail_settings_save (settings, fixture->db, &error));
  id = new_draft (fixture);
  g_assert_false (send_and_wait (fixture, id, message, PASSWORD, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Préférences"));
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (fixture->server), ==, 0);
}

static void
test_send_invoice (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CptMailMessage) message = NULL;
  g_autoptr(CptInvoice) invoice = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  g_autofree char *path = NULL;
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "invoice.pdf", NULL);
  g_autofree char *pdf_text = NULL;
  g_autofree char *status = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *draft_snapshot = NULL;
  gint64 order_id = new_draft (fixture);
  gint64 draft_id;
  gint64 id;

  g_assert_true (cpt_order_service_confirm (fixture->db, order_id, &error));
  g_assert_no_error (error);

  /* A draft has no number yet: it is not sent. */
  draft_id = cpt_invoice_service_create_draft (fixture->db, order_id, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_INVOICE, draft_id, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_STATE);
  g_assert_cmpstr (error->message, ==, "Une facture brouillon ne peut pas être envoyée : émettez-la d’abord.");
  g_clear_error (&error);
  g_assert_true (cpt_invoice_service_delete_draft (fixture->db, draft_id, &error));

  id = cpt_invoice_service_create_issued (fixture->db, order_id, NULL, &error);
  g_assert_no_error (error);
  invoice = cpt_invoice_service_get (fixture->db, id, &error);
  g_assert_no_error (error);

  message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_INVOICE, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (cpt_mail_message_get_subject (message), cpt_invoice_get_number (invoice)));
  g_assert_null (strchr (cpt_mail_message_get_body (message), '{'));
  draft_snapshot = fixture_snapshot (fixture->db);

  /* A refused sending leaves the invoice issued. */
  g_assert_false (send_document_and_wait (fixture, CPT_MAIL_DOCUMENT_INVOICE, id, message, "pas le bon", &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_clear_error (&error);
  {
    g_autofree char *after = fixture_snapshot (fixture->db);

    g_assert_cmpstr (draft_snapshot, ==, after);
  }

  g_assert_true (send_document_and_wait (fixture, CPT_MAIL_DOCUMENT_INVOICE, id, message, NULL, &error));
  g_assert_no_error (error);

  path = cpt_test_smtp_server_wait_message (fixture->server, 1);
  g_assert_nonnull (path);
  parsed = cpt_test_parse_message (path, pdf_path);
  g_assert_nonnull (strstr (json_object_get_string_member (parsed, "subject"), cpt_invoice_get_number (invoice)));
  pdf_text = cpt_test_pdf_to_text (pdf_path);
  g_assert_nonnull (strstr (pdf_text, cpt_invoice_get_number (invoice)));
  g_assert_nonnull (strstr (pdf_text, "Facture"));

  sql = g_strdup_printf ("SELECT status FROM invoices WHERE id = %" G_GINT64_FORMAT, id);
  status = store_test_query_text (fixture->db, sql);
  g_assert_cmpstr (status, ==, "sent");
  g_free (sql);
  sql = g_strdup_printf ("SELECT count(*) FROM history_events WHERE invoice_id = %" G_GINT64_FORMAT
                         " AND event = 'sent'", id);
  g_assert_cmpint (store_test_query_int (fixture->db, sql), ==, 1);
}

/* A credit note and a delivery note go the same way, each PDF its own. */
static void
test_send_credit_and_delivery_notes (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(CptMailMessage) credit_message = NULL;
  g_autoptr(CptMailMessage) delivery_message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CptCreditNote) credit_note = NULL;
  g_autoptr(CptShipment) shipment = NULL;
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "note.pdf", NULL);
  g_autofree char *path = NULL;
  g_autofree char *pdf_text = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *history = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  gint64 order_id = new_draft (fixture);
  gint64 invoice_id, credit_note_id, shipment_id;

  g_assert_true (cpt_order_service_confirm (fixture->db, order_id, &error));
  invoice_id = cpt_invoice_service_create_issued (fixture->db, order_id, NULL, &error);
  g_assert_no_error (error);
  credit_note_id = cpt_credit_note_service_create (fixture->db, invoice_id, "Erreur de prix", NULL, &error);
  g_assert_no_error (error);
  credit_note = cpt_credit_note_service_get (fixture->db, credit_note_id, &error);
  g_assert_no_error (error);

  credit_message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_CREDIT_NOTE, credit_note_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (cpt_mail_message_get_subject (credit_message), cpt_credit_note_get_number (credit_note)));
  g_assert_true (send_document_and_wait (fixture, CPT_MAIL_DOCUMENT_CREDIT_NOTE, credit_note_id,
                                         credit_message, NULL, &error));
  g_assert_no_error (error);
  path = cpt_test_smtp_server_wait_message (fixture->server, 1);
  parsed = cpt_test_parse_message (path, pdf_path);
  pdf_text = cpt_test_pdf_to_text (pdf_path);
  g_assert_nonnull (strstr (pdf_text, "Avoir"));
  g_assert_nonnull (strstr (pdf_text, cpt_credit_note_get_number (credit_note)));
  sql = g_strdup_printf ("SELECT count(*) FROM history_events WHERE credit_note_id = %" G_GINT64_FORMAT
                         " AND text LIKE '%%client@example.fr%%'", credit_note_id);
  g_assert_cmpint (store_test_query_int (fixture->db, sql), ==, 1);

  shipment_id = cpt_shipment_service_create (fixture->db, order_id, NULL, &error);
  g_assert_no_error (error);
  shipment = cpt_shipment_service_get (fixture->db, shipment_id, &error);
  g_assert_no_error (error);
  delivery_message = cpt_mail_service_compose (fixture->service, CPT_MAIL_DOCUMENT_DELIVERY_NOTE, shipment_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (cpt_mail_message_get_subject (delivery_message), cpt_shipment_get_number (shipment)));
  g_assert_true (send_document_and_wait (fixture, CPT_MAIL_DOCUMENT_DELIVERY_NOTE, shipment_id,
                                         delivery_message, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&pdf_text, g_free);
  path = cpt_test_smtp_server_wait_message (fixture->server, 2);
  g_clear_pointer (&parsed, json_object_unref);
  parsed = cpt_test_parse_message (path, pdf_path);
  pdf_text = cpt_test_pdf_to_text (pdf_path);
  g_assert_nonnull (strstr (pdf_text, "Bon de livraison"));

  g_free (sql);
  sql = g_strdup_printf ("SELECT text FROM history_events WHERE shipment_id = %" G_GINT64_FORMAT
                         " AND order_id = %" G_GINT64_FORMAT " AND event = 'emailed'", shipment_id, order_id);
  history = store_test_query_text (fixture->db, sql);
  g_assert_true (g_str_has_prefix (history, "Bon de livraison "));
  g_assert_nonnull (strstr (history, "client@example.fr"));
}

static void
test_compose_test_message (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(CptMailSettings) settings = cpt_mail_service_dup_settings (fixture->service);
  g_autoptr(CptMailMessage) message = NULL;
  g_autoptr(CptSmtpSender) sender = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) to = NULL;

  message = cpt_mail_service_compose_test (fixture->service, settings, &error);
  g_assert_no_error (error);
  to = cpt_mail_message_dup_to_addresses (message);
  g_assert_cmpstr (to[0], ==, "ventes@dupont.fr");
  sender = cpt_mail_settings_create_sender (settings, PASSWORD);
  g_assert_true (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (fixture->server), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/mail/service/send-order", test_send_order);
  ADD ("/mail/service/wrong-password", test_wrong_password);
  ADD ("/mail/service/server-stopped", test_server_stopped);
  ADD ("/mail/service/sync-send", test_sync_send);
  ADD ("/mail/service/refusals", test_refusals);
  ADD ("/mail/service/send-invoice", test_send_invoice);
  ADD ("/mail/service/credit-and-delivery-notes", test_send_credit_and_delivery_notes);
  ADD ("/mail/service/test-message", test_compose_test_message);
#undef ADD

  return g_test_run ();
}
