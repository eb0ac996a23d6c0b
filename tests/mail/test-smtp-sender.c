/* test-smtp-sender.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cpt-error.h"
#include "cpt-smtp-sender.h"
#include "cpt-test-smtp-server.h"

#define USER "ventes@dupont.fr"
#define PASSWORD "sécret-ça va"
#define SUBJECT "Facture FA-2026-00012 – Société Générale d’Équipements"

static CptMailMessage *
build_message (const char *to)
{
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.5\n%%EOF\n", 15);
  CptMailMessage *message = cpt_mail_message_new ();

  cpt_mail_message_set_from (message, "Dupont & Fils", "ventes@dupont.fr");
  cpt_mail_message_add_to (message, "Éric Lefèvre", to);
  cpt_mail_message_add_cc (message, NULL, "compta@client.fr");
  cpt_mail_message_add_cc (message, "Direction", "direction@client.fr");
  cpt_mail_message_set_subject (message, SUBJECT);
  cpt_mail_message_set_body (message, "Bonjour,\nVoici la facture.\n");
  cpt_mail_message_set_attachment (message, "Facture FA-2026-00012.pdf", "application/pdf", pdf);

  return message;
}

static CptSmtpSender *
sender_for (CptTestSmtpServer *server,
            CptSmtpSecurity    security,
            const char        *password)
{
  CptSmtpSender *sender = cpt_smtp_sender_new ("127.0.0.1", cpt_test_smtp_server_get_port (server), security);

  if (password != NULL)
    cpt_smtp_sender_set_login (sender, USER, password);
  cpt_smtp_sender_set_ca_file (sender, cpt_test_smtp_server_get_ca_file (server));
  cpt_smtp_sender_set_timeout (sender, 10);

  return sender;
}

static void
assert_received (CptTestSmtpServer *server,
                 gboolean           tls)
{
  g_autofree char *path = cpt_test_smtp_server_wait_message (server, 1);
  g_autoptr(JsonObject) envelope = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  JsonArray *rcpt;

  g_assert_nonnull (path);
  envelope = cpt_test_smtp_server_get_envelope (server, 1);
  g_assert_cmpstr (json_object_get_string_member (envelope, "mail_from"), ==, "ventes@dupont.fr");
  rcpt = json_object_get_array_member (envelope, "rcpt_tos");
  g_assert_cmpuint (json_array_get_length (rcpt), ==, 3);
  g_assert_cmpstr (json_array_get_string_element (rcpt, 0), ==, "eric@client.fr");
  g_assert_cmpstr (json_array_get_string_element (rcpt, 1), ==, "compta@client.fr");
  g_assert_cmpstr (json_array_get_string_element (rcpt, 2), ==, "direction@client.fr");
  g_assert_cmpint (json_object_get_boolean_member (envelope, "tls"), ==, tls);

  parsed = cpt_test_parse_message (path, NULL);
  g_assert_cmpstr (json_object_get_string_member (parsed, "subject"), ==, SUBJECT);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "attachments")), ==, 1);
}

static void
test_starttls_login (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_STARTTLS, PASSWORD);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) envelope = NULL;

  cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_received (server, TRUE);
  envelope = cpt_test_smtp_server_get_envelope (server, 1);
  g_assert_true (json_object_get_boolean_member (envelope, "authenticated"));
}

static void
test_implicit_tls (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("tls", USER, PASSWORD, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_TLS, PASSWORD);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;

  cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_received (server, TRUE);
}

static void
test_plain_relay (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("none", NULL, NULL, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_NONE, NULL);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;

  cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  assert_received (server, FALSE);
}

static void
test_wrong_password (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_STARTTLS, "wrong");
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message,
                                   "Le serveur de messagerie 127.0.0.1 a refusé la connexion de "
                                   "« ventes@dupont.fr ». Vérifiez le nom d’utilisateur et le mot de passe."));
  g_assert_nonnull (strstr (error->message, "535"));
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (server), ==, 0);
}

static void
test_server_stopped (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_STARTTLS, PASSWORD);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  cpt_test_smtp_server_stop (server);
  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  expected = g_strdup_printf ("Le serveur de messagerie 127.0.0.1 est injoignable sur le port %u. "
                              "Vérifiez le serveur, le port et votre connexion réseau.",
                              cpt_test_smtp_server_get_port (server));
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_unknown_host (void)
{
  g_autoptr(CptSmtpSender) sender = cpt_smtp_sender_new ("smtp.invalid", 587, CPT_SMTP_SECURITY_STARTTLS);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;

  cpt_smtp_sender_set_timeout (sender, 5);
  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_assert_true (g_str_has_prefix (error->message, "Le serveur de messagerie « smtp.invalid » est introuvable."));
  g_clear_error (&error);

  g_clear_object (&sender);
  sender = cpt_smtp_sender_new ("smtp.example.fr/x", 587, CPT_SMTP_SECURITY_STARTTLS);
  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
}

static void
test_recipient_refused (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, "inconnu");
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_STARTTLS, PASSWORD);
  g_autoptr(CptMailMessage) message = build_message ("inconnu@client.fr");
  g_autoptr(GError) error = NULL;

  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message,
                                   "Le serveur de messagerie a refusé le destinataire inconnu@client.fr. "
                                   "Réponse du serveur : « 550 5.1.1"));
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (server), ==, 0);
}

static void
test_untrusted_certificate (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_STARTTLS, PASSWORD);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (cpt_test_smtp_server_get_directory (server), "none.pem", NULL);

  cpt_smtp_sender_set_ca_file (sender, NULL);
  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "La connexion sécurisée au serveur de messagerie 127.0.0.1 a échoué"));
  g_clear_error (&error);

  cpt_smtp_sender_set_ca_file (sender, missing);
  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (server), ==, 0);
}

static void
test_starttls_missing (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("none", NULL, NULL, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_STARTTLS, NULL);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;

  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_assert_cmpstr (error->message, ==, "Le serveur de messagerie 127.0.0.1 ne propose pas STARTTLS. "
                                       "Choisissez un autre mode de sécurité.");
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (server), ==, 0);
}

/* A server that accepts the connection and never says a word. */
static GSocket *
silent_server (guint *port)
{
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autoptr(GError) error = NULL;
  GSocket *socket;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, &error);
  g_assert_no_error (error);
  g_socket_bind (socket, address, TRUE, &error);
  g_assert_no_error (error);
  g_socket_listen (socket, &error);
  g_assert_no_error (error);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  return socket;
}

static void
test_timeout (void)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(CptSmtpSender) sender = NULL;
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GError) error = NULL;
  gint64 start;
  guint port;

  socket = silent_server (&port);
  sender = cpt_smtp_sender_new ("127.0.0.1", port, CPT_SMTP_SECURITY_STARTTLS);
  cpt_smtp_sender_set_timeout (sender, 2);
  start = g_get_monotonic_time ();
  g_assert_false (cpt_smtp_sender_send (sender, message, NULL, NULL, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_NETWORK);
  g_assert_cmpstr (error->message, ==, "Le serveur de messagerie 127.0.0.1 n’a pas répondu dans les 2 secondes.");
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 1 * G_USEC_PER_SEC);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
}

typedef struct
{
  GMainLoop *loop;
  GError    *error;
  gboolean   done;
  GArray    *progress;
  GThread   *main_thread;
} AsyncState;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  AsyncState *state = user_data;

  g_assert_true (g_thread_self () == state->main_thread);
  g_array_append_val (state->progress, fraction);
}

static void
on_sent (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  AsyncState *state = user_data;

  state->done = cpt_smtp_sender_send_finish (CPT_SMTP_SENDER (source), result, &state->error);
  g_main_loop_quit (state->loop);
}

static gboolean
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (user_data);

  return G_SOURCE_REMOVE;
}

static void
test_cancel (void)
{
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(CptSmtpSender) sender = NULL;
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  AsyncState state = { g_main_loop_new (NULL, FALSE), NULL, FALSE,
                       g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self () };
  gint64 start;
  guint port;

  socket = silent_server (&port);
  sender = cpt_smtp_sender_new ("127.0.0.1", port, CPT_SMTP_SECURITY_STARTTLS);
  cpt_smtp_sender_set_timeout (sender, 30);
  start = g_get_monotonic_time ();
  cpt_smtp_sender_send_async (sender, message, on_progress, &state, cancellable, on_sent, &state);
  g_timeout_add (300, cancel_cb, cancellable);
  g_main_loop_run (state.loop);

  g_assert_false (state.done);
  g_assert_error (state.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  g_clear_error (&state.error);
  g_array_unref (state.progress);
  g_main_loop_unref (state.loop);
}

static void
test_async_progress (void)
{
  g_autoptr(CptTestSmtpServer) server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);
  g_autoptr(CptSmtpSender) sender = sender_for (server, CPT_SMTP_SECURITY_STARTTLS, PASSWORD);
  g_autoptr(CptMailMessage) message = build_message ("eric@client.fr");
  AsyncState state = { g_main_loop_new (NULL, FALSE), NULL, FALSE,
                       g_array_new (FALSE, FALSE, sizeof (double)), g_thread_self () };

  cpt_smtp_sender_send_async (sender, message, on_progress, &state, NULL, on_sent, &state);
  g_main_loop_run (state.loop);

  g_assert_no_error (state.error);
  g_assert_true (state.done);
  g_assert_cmpuint (state.progress->len, >=, 2);
  g_assert_cmpfloat (g_array_index (state.progress, double, 0), ==, 0.0);
  g_assert_cmpfloat (g_array_index (state.progress, double, state.progress->len - 1), ==, 1.0);
  for (guint i = 1; i < state.progress->len; i++)
    g_assert_cmpfloat (g_array_index (state.progress, double, i), >, g_array_index (state.progress, double, i - 1));
  assert_received (server, TRUE);

  g_array_unref (state.progress);
  g_main_loop_unref (state.loop);
}

static void
test_security_names (void)
{
  CptSmtpSecurity security;

  for (guint i = 0; i <= CPT_SMTP_SECURITY_NONE; i++)
    {
      g_assert_true (cpt_smtp_security_from_string (cpt_smtp_security_to_string (i), &security));
      g_assert_cmpint (security, ==, i);
    }
  g_assert_false (cpt_smtp_security_from_string ("ssl", &security));
  g_assert_cmpuint (cpt_smtp_security_default_port (CPT_SMTP_SECURITY_STARTTLS), ==, 587);
  g_assert_cmpuint (cpt_smtp_security_default_port (CPT_SMTP_SECURITY_TLS), ==, 465);
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

  g_test_add_func ("/mail/smtp/starttls-login", test_starttls_login);
  g_test_add_func ("/mail/smtp/implicit-tls", test_implicit_tls);
  g_test_add_func ("/mail/smtp/plain-relay", test_plain_relay);
  g_test_add_func ("/mail/smtp/wrong-password", test_wrong_password);
  g_test_add_func ("/mail/smtp/server-stopped", test_server_stopped);
  g_test_add_func ("/mail/smtp/unknown-host", test_unknown_host);
  g_test_add_func ("/mail/smtp/recipient-refused", test_recipient_refused);
  g_test_add_func ("/mail/smtp/untrusted-certificate", test_untrusted_certificate);
  g_test_add_func ("/mail/smtp/starttls-missing", test_starttls_missing);
  g_test_add_func ("/mail/smtp/timeout", test_timeout);
  g_test_add_func ("/mail/smtp/cancel", test_cancel);
  g_test_add_func ("/mail/smtp/async-progress", test_async_progress);
  g_test_add_func ("/mail/smtp/security-names", test_security_names);

  return g_test_run ();
}
