/* test-mail-settings.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by keyring-session.sh on a bus without a Secret Service, like
 * `comptoir --serve` on a headless server.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "cpt-error.h"
#include "cpt-mail-settings.h"
#include "cpt-settings-service.h"
#include "store-test-util.h"

static void
test_defaults (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_load (db);

  g_assert_cmpstr (cpt_mail_settings_get_host (settings), ==, "");
  g_assert_cmpuint (cpt_mail_settings_get_port (settings), ==, 587);
  g_assert_cmpint (cpt_mail_settings_get_security (settings), ==, CPT_SMTP_SECURITY_STARTTLS);
  g_assert_false (cpt_mail_settings_is_configured (settings));
  /* No template stored for delivery notes: the translated default. */
  g_assert_cmpstr (cpt_mail_settings_get_subject_template (settings, CPT_MAIL_DOCUMENT_DELIVERY_NOTE), ==,
                   "Bon de livraison {number} – {company}");

  store_test_remove_dir (dir);
}

static void
test_save_and_reload (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_new ();
  g_autoptr(CptMailSettings) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *ca_file = g_build_filename (dir, "ca.pem", NULL);
  g_autofree char *stored = NULL;

  g_file_set_contents (ca_file, "-----BEGIN CERTIFICATE-----\n", -1, &error);
  g_assert_no_error (error);

  cpt_mail_settings_set_host (settings, " smtp.dupont.fr ");
  cpt_mail_settings_set_port (settings, 465);
  cpt_mail_settings_set_security (settings, CPT_SMTP_SECURITY_TLS);
  cpt_mail_settings_set_username (settings, "ventes@dupont.fr");
  cpt_mail_settings_set_ca_file (settings, ca_file);
  cpt_mail_settings_set_sender_name (settings, "Société Dupont & Fils");
  cpt_mail_settings_set_sender_address (settings, "ventes@dupont.fr");
  cpt_mail_settings_set_subject_template (settings, CPT_MAIL_DOCUMENT_ORDER, "Votre commande {number}");
  cpt_mail_settings_set_body_template (settings, CPT_MAIL_DOCUMENT_ORDER, "Bonjour {customer},\nMerci !");
  cpt_mail_settings_set_subject_template (settings, CPT_MAIL_DOCUMENT_INVOICE,
                                          cpt_mail_template_get_default_subject (CPT_MAIL_DOCUMENT_INVOICE));
  g_assert_true (cpt_mail_settings_save (settings, db, &error));
  g_assert_no_error (error);

  reloaded = cpt_mail_settings_load (db);
  g_assert_cmpstr (cpt_mail_settings_get_host (reloaded), ==, "smtp.dupont.fr");
  g_assert_cmpuint (cpt_mail_settings_get_port (reloaded), ==, 465);
  g_assert_cmpint (cpt_mail_settings_get_security (reloaded), ==, CPT_SMTP_SECURITY_TLS);
  g_assert_cmpstr (cpt_mail_settings_get_username (reloaded), ==, "ventes@dupont.fr");
  g_assert_cmpstr (cpt_mail_settings_get_ca_file (reloaded), ==, ca_file);
  g_assert_cmpstr (cpt_mail_settings_get_sender_name (reloaded), ==, "Société Dupont & Fils");
  g_assert_cmpstr (cpt_mail_settings_get_sender_address (reloaded), ==, "ventes@dupont.fr");
  g_assert_cmpstr (cpt_mail_settings_get_subject_template (reloaded, CPT_MAIL_DOCUMENT_ORDER), ==,
                   "Votre commande {number}");
  g_assert_cmpstr (cpt_mail_settings_get_body_template (reloaded, CPT_MAIL_DOCUMENT_ORDER), ==,
                   "Bonjour {customer},\nMerci !");
  g_assert_true (cpt_mail_settings_is_configured (reloaded));

  /* The default text is stored as "": it keeps following the language. */
  stored = cpt_settings_get (db, "template_invoice_subject", NULL);
  g_assert_cmpstr (stored, ==, "");
  g_assert_cmpstr (cpt_mail_settings_get_subject_template (reloaded, CPT_MAIL_DOCUMENT_INVOICE), ==,
                   "Facture {number} – {company}");

  /* The password is never in the database. */
  g_assert_cmpint (store_test_query_int (db, "SELECT count(*) FROM settings WHERE key LIKE '%password%'"), ==, 0);

  store_test_remove_dir (dir);
}

static void
test_refused_values (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(CptDatabase) db = store_test_open_fresh (&dir);
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_load (db);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = store_test_dump_checksum (db);
  g_autofree char *after = NULL;

  cpt_mail_settings_set_host (settings, "smtp.dupont.fr");
  cpt_mail_settings_set_sender_address (settings, "pas une adresse");
  g_assert_false (cpt_mail_settings_save (settings, db, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "L’adresse de l’expéditeur «\u00a0pas une adresse\u00a0» n’est pas valide.");
  g_clear_error (&error);

  cpt_mail_settings_set_sender_address (settings, "ventes@dupont.fr");
  cpt_mail_settings_set_port (settings, 70000);
  g_assert_false (cpt_mail_settings_save (settings, db, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  cpt_mail_settings_set_port (settings, 587);
  cpt_mail_settings_set_host (settings, "smtp dupont");
  g_assert_false (cpt_mail_settings_save (settings, db, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  cpt_mail_settings_set_host (settings, "smtp.dupont.fr");
  cpt_mail_settings_set_ca_file (settings, "/nonexistent/ca.pem");
  g_assert_false (cpt_mail_settings_save (settings, db, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);

  after = store_test_dump_checksum (db);
  g_assert_cmpstr (before, ==, after);

  store_test_remove_dir (dir);
}

static void
test_password_without_keyring (void)
{
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;

  /* No login: no password needed, the keyring is not even asked. */
  g_unsetenv (CPT_SMTP_PASSWORD_ENV);
  cpt_mail_settings_set_host (settings, "smtp.dupont.fr");
  password = cpt_mail_settings_lookup_password (settings, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (password);

  /* A login but no keyring: say so, so the dialog can ask. */
  cpt_mail_settings_set_username (settings, "ventes@dupont.fr");
  password = cpt_mail_settings_lookup_password (settings, NULL, &error);
  g_assert_null (password);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "Aucun trousseau de clés n’est disponible"));
  g_clear_error (&error);

  /* The headless server takes it from the environment. */
  g_setenv (CPT_SMTP_PASSWORD_ENV, "secret du serveur", TRUE);
  password = cpt_mail_settings_lookup_password (settings, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (password, ==, "secret du serveur");
  g_unsetenv (CPT_SMTP_PASSWORD_ENV);
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

  g_test_add_func ("/mail/settings/defaults", test_defaults);
  g_test_add_func ("/mail/settings/save-and-reload", test_save_and_reload);
  g_test_add_func ("/mail/settings/refused-values", test_refused_values);
  g_test_add_func ("/mail/settings/password-without-keyring", test_password_without_keyring);

  return g_test_run ();
}
