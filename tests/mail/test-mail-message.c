/* test-mail-message.c
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
#include "cpt-mail-message.h"
#include "cpt-mail-template.h"
#include "cpt-test-smtp-server.h"

#define SUBJECT "Commande CC-00042 – Société Générale d’Équipements à Saint-Étienne, « très » urgent"
#define BODY "Bonjour Éric,\n\n" \
  "Veuillez trouver ci-joint la commande CC-00042, d’un montant de 1 234,56 € TTC. " \
  "Cette ligne est volontairement très longue pour obliger l’encodage à la couper proprement.\n" \
  "From the team: a line starting with From, trailing spaces   \n" \
  ".\n" \
  "=?UTF-8?B?not-a-word?= 100 % sûr\n" \
  "Bien cordialement,\nSociété Dupont & Fils"
#define FILENAME "Bon de commande CC-00042 Société Générale d’Équipements.pdf"

static CptMailMessage *
build_message (void)
{
  g_autoptr(GTimeZone) paris = g_time_zone_new_identifier ("Europe/Paris");
  g_autoptr(GDateTime) date = g_date_time_new (paris, 2026, 11, 28, 14, 5, 0);
  g_autoptr(GBytes) pdf = NULL;
  GString *data = g_string_new ("%PDF-1.5\n");
  CptMailMessage *message = cpt_mail_message_new ();

  /* Every byte value, so base64 is exercised fully. */
  for (guint i = 0; i < 4000; i++)
    g_string_append_c (data, (char) (i * 7 % 256));
  pdf = g_string_free_to_bytes (data);

  cpt_mail_message_set_from (message, "Société Dupont & Fils", "ventes@dupont.fr");
  cpt_mail_message_add_to (message, "Éric Lefèvre", "eric@client.fr");
  cpt_mail_message_add_cc (message, "Compta \"Client\"", "compta@client.fr");
  cpt_mail_message_add_cc (message, NULL, "direction@client.fr");
  cpt_mail_message_add_cc (message, "Bob Smith", "bob@client.fr");
  cpt_mail_message_set_subject (message, SUBJECT);
  cpt_mail_message_set_body (message, BODY);
  cpt_mail_message_set_attachment (message, FILENAME, "application/pdf", pdf);
  cpt_mail_message_set_date (message, date);

  return message;
}

static void
assert_mailbox (JsonArray  *list,
                guint       index,
                const char *name,
                const char *address)
{
  JsonArray *mailbox = json_array_get_array_element (list, index);

  g_assert_cmpstr (json_array_get_string_element (mailbox, 0), ==, name);
  g_assert_cmpstr (json_array_get_string_element (mailbox, 1), ==, address);
}

static void
test_raw_bytes (void)
{
  g_autoptr(CptMailMessage) message = build_message ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cpt_mail_message_to_bytes (message, &error);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  gsize size;
  const char *data;

  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  text = g_strndup (data, size);
  g_assert_cmpuint (strlen (text), ==, size);

  /* 7-bit, CRLF line ends, no line longer than 76 characters. */
  for (gsize i = 0; i < size; i++)
    {
      g_assert_cmpuint ((guchar) data[i], <, 0x80);
      if (data[i] == '\n')
        g_assert_true (i > 0 && data[i - 1] == '\r');
    }
  g_assert_true (g_str_has_suffix (text, "\r\n"));
  lines = g_strsplit (text, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (strlen (lines[i]) > 76)
        g_error ("line %u is %zu characters long: %s", i, strlen (lines[i]), lines[i]);
      g_assert_false (g_str_equal (lines[i], "."));
    }

  /* English date whatever the locale, and the headers a reader needs. */
  g_assert_true (g_str_has_prefix (text, "Date: Sat, 28 Nov 2026 14:05:00 +0100\r\n"));
  g_assert_nonnull (strstr (text, "\r\nMIME-Version: 1.0\r\n"));
  g_assert_nonnull (strstr (text, "\r\nSubject: =?UTF-8?B?"));
  g_assert_nonnull (strstr (text, "\r\nMessage-ID: <"));
  g_assert_nonnull (strstr (text, "@dupont.fr>\r\n"));
  g_assert_nonnull (strstr (text, "Content-Type: multipart/mixed;"));
  g_assert_nonnull (strstr (text, "Content-Type: text/plain; charset=UTF-8\r\n"
                                  "Content-Transfer-Encoding: quoted-printable\r\n"));
  g_assert_nonnull (strstr (text, "Content-Type: application/pdf;"));
  g_assert_nonnull (strstr (text, "Content-Transfer-Encoding: base64\r\n"));
  g_assert_nonnull (strstr (text, "filename=\"Bon de commande CC-00042 Societe Generale d'Equipements.pdf\""));
  g_assert_nonnull (strstr (text, "filename*0*=UTF-8''Bon%20de%20commande"));
  /* A body line starting with "From " or "." is encoded. */
  g_assert_nonnull (strstr (text, "\r\n=46rom the team"));
  g_assert_nonnull (strstr (text, "\r\n=2E\r\n"));
  g_assert_nonnull (strstr (text, "trailing spaces  =20\r\n"));
}

static void
test_parsed_by_python (void)
{
  g_autoptr(CptMailMessage) message = build_message ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = cpt_mail_message_to_bytes (message, &error);
  g_autoptr(JsonObject) parsed = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cpt-mail-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "message.eml", NULL);
  g_autofree char *attachment = g_build_filename (dir, "attachment.pdf", NULL);
  g_autofree char *saved = NULL;
  gsize saved_size;
  JsonArray *attachments;
  JsonObject *pdf;

  g_assert_no_error (error);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  parsed = cpt_test_parse_message (path, attachment);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "defects")), ==, 0);
  assert_mailbox (json_object_get_array_member (parsed, "from"), 0, "Société Dupont & Fils", "ventes@dupont.fr");
  assert_mailbox (json_object_get_array_member (parsed, "to"), 0, "Éric Lefèvre", "eric@client.fr");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "cc")), ==, 3);
  assert_mailbox (json_object_get_array_member (parsed, "cc"), 0, "Compta \"Client\"", "compta@client.fr");
  assert_mailbox (json_object_get_array_member (parsed, "cc"), 1, "", "direction@client.fr");
  assert_mailbox (json_object_get_array_member (parsed, "cc"), 2, "Bob Smith", "bob@client.fr");
  g_assert_cmpstr (json_object_get_string_member (parsed, "subject"), ==, SUBJECT);
  g_assert_cmpstr (json_object_get_string_member (parsed, "date"), ==, "2026-11-28T14:05:00+01:00");
  g_assert_cmpstr (json_object_get_string_member (parsed, "mime_version"), ==, "1.0");
  g_assert_cmpstr (json_object_get_string_member (parsed, "content_type"), ==, "multipart/mixed");
  g_assert_cmpstr (json_object_get_string_member (parsed, "body"), ==, BODY);
  g_assert_cmpstr (json_object_get_string_member (parsed, "body_charset"), ==, "utf-8");

  attachments = json_object_get_array_member (parsed, "attachments");
  g_assert_cmpuint (json_array_get_length (attachments), ==, 1);
  pdf = json_array_get_object_element (attachments, 0);
  g_assert_cmpstr (json_object_get_string_member (pdf, "filename"), ==, FILENAME);
  g_assert_cmpstr (json_object_get_string_member (pdf, "content_type"), ==, "application/pdf");
  g_file_get_contents (attachment, &saved, &saved_size, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (saved, saved_size, g_bytes_get_data (cpt_mail_message_get_attachment_data (message), NULL),
                   g_bytes_get_size (cpt_mail_message_get_attachment_data (message)));

  g_unlink (path);
  g_unlink (attachment);
  g_rmdir (dir);
}

static void
test_plain_message (void)
{
  g_autoptr(CptMailMessage) message = cpt_mail_message_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cpt-mail-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "message.eml", NULL);
  g_autofree char *text = NULL;
  const char *subject = "A plain ASCII subject that is long enough to be folded over two lines of header";

  cpt_mail_message_set_from (message, NULL, "ventes@dupont.fr");
  cpt_mail_message_add_to (message, NULL, "eric@client.fr");
  cpt_mail_message_set_subject (message, subject);
  cpt_mail_message_set_body (message, "Short.\r\nSecond line\n");
  bytes = cpt_mail_message_to_bytes (message, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\r\nSubject: A plain ASCII"));
  g_assert_nonnull (strstr (text, "over two\r\n lines of header\r\n"));

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  parsed = cpt_test_parse_message (path, NULL);
  g_assert_cmpstr (json_object_get_string_member (parsed, "subject"), ==, subject);
  g_assert_cmpstr (json_object_get_string_member (parsed, "content_type"), ==, "text/plain");
  g_assert_cmpstr (json_object_get_string_member (parsed, "body"), ==, "Short.\nSecond line\n");
  assert_mailbox (json_object_get_array_member (parsed, "from"), 0, "", "ventes@dupont.fr");

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_header_injection (void)
{
  g_autoptr(CptMailMessage) message = cpt_mail_message_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  cpt_mail_message_set_from (message, "Evil\r\nBcc: x@y.fr", "ventes@dupont.fr");
  cpt_mail_message_add_to (message, NULL, "eric@client.fr");
  cpt_mail_message_set_subject (message, "Hello\r\nBcc: victim@example.com");
  bytes = cpt_mail_message_to_bytes (message, &error);
  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_null (strstr (text, "\r\nBcc:"));

  /* A recipient with a line break or an angle bracket is refused. */
  cpt_mail_message_add_cc (message, NULL, "a@b.fr>\r\nBcc: <c@d.fr");
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = cpt_mail_message_to_bytes (message, &error);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_null (bytes);
}

static void
test_refusals (void)
{
  g_autoptr(CptMailMessage) message = cpt_mail_message_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  cpt_mail_message_set_from (message, "Dupont", "");
  cpt_mail_message_add_to (message, NULL, "eric@client.fr");
  bytes = cpt_mail_message_to_bytes (message, &error);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "adresse de l’expéditeur"));
  g_clear_error (&error);

  g_clear_object (&message);
  message = cpt_mail_message_new ();
  cpt_mail_message_set_from (message, "Dupont", "ventes@dupont.fr");
  bytes = cpt_mail_message_to_bytes (message, &error);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Le message n’a aucun destinataire.");
}

static void
test_addresses (void)
{
  const char *valid[] = { "a@b.fr", "jean.dupont+devis@sub.example.co.uk", "x_y-z@localhost", "o'brien@irl.ie" };
  const char *invalid[] = { "", "a", "@b.fr", "a@", "a@@b.fr", "a b@c.fr", "a@b..fr", ".a@b.fr", "a.@b.fr",
                            "é@b.fr", "a@b.fr\r\n", "<a@b.fr>", "a@-b.fr", "a@b.fr.", "a@b_c.fr" };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) list = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    g_assert_true (cpt_mail_address_is_valid (valid[i]));
  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    if (cpt_mail_address_is_valid (invalid[i]))
      g_error ("“%s” was taken as valid", invalid[i]);

  list = cpt_mail_address_list_parse (" a@b.fr, c@d.fr;e@f.fr\n\n", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (list), ==, 3);
  g_assert_cmpstr (list[2], ==, "e@f.fr");
  g_clear_pointer (&list, g_strfreev);

  list = cpt_mail_address_list_parse ("", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (list), ==, 0);
  g_clear_pointer (&list, g_strfreev);

  list = cpt_mail_address_list_parse ("a@b.fr, pas-une-adresse", &error);
  g_assert_null (list);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "L’adresse e-mail « pas-une-adresse » n’est pas valide.");
}

static void
test_recipients (void)
{
  g_autoptr(CptMailMessage) message = build_message ();
  g_auto(GStrv) recipients = NULL;

  cpt_mail_message_add_cc (message, NULL, "ERIC@client.fr");
  recipients = cpt_mail_message_dup_recipients (message);
  g_assert_cmpuint (g_strv_length (recipients), ==, 4);
  g_assert_cmpstr (recipients[0], ==, "eric@client.fr");
  g_assert_cmpstr (recipients[1], ==, "compta@client.fr");
  g_assert_cmpstr (recipients[3], ==, "bob@client.fr");
}

static void
test_template_expand (void)
{
  CptMailTemplateValues values = {
    .number = "CC-00042",
    .customer = "Éric Lefèvre",
    .total = "1 234,56 €",
    .due_date = NULL,
    .company = "Dupont & Fils",
  };
  g_autofree char *text = NULL;

  text = cpt_mail_template_expand ("{number} pour {customer} : {total} {due_date}{company} "
                                   "{unknown} {Number} { number} {} {{number}} {number", &values);
  g_assert_cmpstr (text, ==, "CC-00042 pour Éric Lefèvre : 1 234,56 € Dupont & Fils "
                             "{unknown} {Number} { number} {} {CC-00042} {number");
}

static void
test_template_defaults (void)
{
  CptMailTemplateValues values = {
    .number = "FA-2026-00012",
    .customer = "Éric Lefèvre",
    .total = "1 234,56 €",
    .due_date = "28/12/2026",
    .company = "Dupont & Fils",
  };
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;
  CptMailDocument document;

  subject = cpt_mail_template_expand (cpt_mail_template_get_default_subject (CPT_MAIL_DOCUMENT_INVOICE), &values);
  body = cpt_mail_template_expand (cpt_mail_template_get_default_body (CPT_MAIL_DOCUMENT_INVOICE), &values);
  g_assert_cmpstr (subject, ==, "Facture FA-2026-00012 – Dupont & Fils");
  g_assert_true (g_str_has_prefix (body, "Bonjour Éric Lefèvre,\n\n"));
  g_assert_nonnull (strstr (body, "1 234,56 € TTC"));
  g_assert_nonnull (strstr (body, "28/12/2026"));
  g_assert_true (g_str_has_suffix (body, "\nDupont & Fils"));
  g_assert_null (strchr (body, '{'));

  for (guint i = 0; i < CPT_MAIL_N_DOCUMENTS; i++)
    {
      g_assert_true (cpt_mail_document_from_id (cpt_mail_document_get_id (i), &document));
      g_assert_cmpint (document, ==, i);
      g_assert_nonnull (strstr (cpt_mail_template_get_default_subject (i), "{number}"));
      g_assert_nonnull (strstr (cpt_mail_template_get_default_body (i), "{company}"));
    }
  g_assert_cmpstr (cpt_mail_document_get_title (CPT_MAIL_DOCUMENT_CREDIT_NOTE), ==, "Avoir");
  g_assert_false (cpt_mail_document_from_id ("quote", &document));
}

int
main (int   argc,
      char *argv[])
{
  /* French messages, and a French locale that must not leak into the
   * English e-mail headers. */
  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mail/message/raw-bytes", test_raw_bytes);
  g_test_add_func ("/mail/message/parsed-by-python", test_parsed_by_python);
  g_test_add_func ("/mail/message/plain", test_plain_message);
  g_test_add_func ("/mail/message/header-injection", test_header_injection);
  g_test_add_func ("/mail/message/refusals", test_refusals);
  g_test_add_func ("/mail/message/addresses", test_addresses);
  g_test_add_func ("/mail/message/recipients", test_recipients);
  g_test_add_func ("/mail/template/expand", test_template_expand);
  g_test_add_func ("/mail/template/defaults", test_template_defaults);

  return g_test_run ();
}
