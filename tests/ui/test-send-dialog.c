/* test-send-dialog.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The e-mail dialog and the « Messagerie » preferences against a real SMTP
 * server, on a bus without a keyring (run by keyring-session.sh), so the
 * dialog has to ask for the password and say why.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "cpt-mail-page.h"
#include "cpt-mail-settings.h"
#include "cpt-order-service.h"
#include "cpt-preferences-window.h"
#include "cpt-send-dialog.h"
#include "cpt-settings-service.h"
#include "cpt-test-smtp-server.h"
#include "forms-test.h"

#define USER "ventes@dupont.fr"
#define PASSWORD "mot de passe très secret"

static CptTestSmtpServer *server;

static gint64
seed_order (CptDatabase *db)
{
  g_autoptr(CptMailSettings) settings = cpt_mail_settings_load (db);
  g_autoptr(CptOrder) order = cpt_order_new ();
  g_autoptr(CptOrderLine) line = cpt_order_line_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CptStatement) stmt = NULL;

  stmt = cpt_database_prepare (db, "UPDATE company SET name = 'Société Dupont & Fils', city = 'Lyon'", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_clear_pointer (&stmt, cpt_statement_release);
  stmt = cpt_database_prepare (db, "INSERT INTO customers (display_name, email, billing_city)"
                                   " VALUES ('Éric Lefèvre', 'eric@client.fr', 'Paris')", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);

  cpt_order_set_customer_id (order, cpt_database_last_insert_id (db));
  cpt_order_set_date (order, "2026-11-28");
  cpt_order_line_set_description (line, "Chaise de bureau ergonomique");
  cpt_order_line_set_quantity (line, 3000);
  cpt_order_line_set_rate (line, 18950);
  cpt_order_line_set_tax_id (line, 1);
  cpt_order_add_line (order, line);
  g_assert_true (cpt_order_service_create (db, order, &error));
  g_assert_no_error (error);

  cpt_mail_settings_set_host (settings, "127.0.0.1");
  cpt_mail_settings_set_port (settings, cpt_test_smtp_server_get_port (server));
  cpt_mail_settings_set_username (settings, USER);
  cpt_mail_settings_set_ca_file (settings, cpt_test_smtp_server_get_ca_file (server));
  cpt_mail_settings_set_sender_name (settings, "Société Dupont & Fils");
  cpt_mail_settings_set_sender_address (settings, "ventes@dupont.fr");
  g_assert_true (cpt_mail_settings_save (settings, db, &error));
  g_assert_no_error (error);

  return cpt_order_get_id (order);
}

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* Spins until @done or 20 s, the SMTP timeout. */
static void
spin_until (gboolean (*done) (gpointer), gpointer data)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < end)
    forms_test_spin (50);
  g_assert_true (done (data));
}

static gboolean
is_revealed (gpointer revealer)
{
  return gtk_revealer_get_reveal_child (revealer);
}

static gboolean
is_null (gpointer pointer_to_widget)
{
  return *(gpointer *) pointer_to_widget == NULL;
}

static gboolean
is_not_sending (gpointer dialog)
{
  return !cpt_send_dialog_is_sending (dialog);
}

static char *
order_status (CptDatabase *db,
              gint64       id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT status FROM sales_orders WHERE id = %" G_GINT64_FORMAT, id);

  return forms_test_query_text (db, sql);
}

static void
test_send_order (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autofree char *status = NULL;
  g_autofree char *path = NULL;
  g_autoptr(JsonObject) parsed = NULL;
  CptSendDialog *dialog;
  GtkWidget *password_revealer;
  GtkWidget *password_group;
  gint64 id = seed_order (db);
  guint before = cpt_test_smtp_server_count_messages (server);

  dialog = cpt_send_dialog_present_for_order (forms_test_parent (), db, id);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (dialog, CPT_TYPE_SEND_DIALOG, "to_row"))), ==,
                   "eric@client.fr");
  g_assert_true (g_str_has_prefix (gtk_editable_get_text (GTK_EDITABLE (child (dialog, CPT_TYPE_SEND_DIALOG, "subject_row"))),
                                   "Commande CC-"));

  /* No keyring on this bus: the dialog asks for the password, and why. */
  password_revealer = child (dialog, CPT_TYPE_SEND_DIALOG, "password_revealer");
  spin_until (is_revealed, password_revealer);
  password_group = child (dialog, CPT_TYPE_SEND_DIALOG, "password_group");
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (password_group)),
                                   "Aucun trousseau de clés"));

  gtk_editable_set_text (GTK_EDITABLE (child (dialog, CPT_TYPE_SEND_DIALOG, "cc_row")), "compta@client.fr; direction@client.fr");
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, CPT_TYPE_SEND_DIALOG, "password_row")), PASSWORD);
  forms_test_screenshot (GTK_WIDGET (dialog), "send-dialog");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.send", NULL);
  spin_until (is_null, &dialog);

  path = cpt_test_smtp_server_wait_message (server, before + 1);
  g_assert_nonnull (path);
  parsed = cpt_test_parse_message (path, NULL);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (parsed, "cc")), ==, 2);
  g_assert_true (g_str_has_prefix (json_object_get_string_member (parsed, "subject"), "Commande CC-"));
  status = order_status (db, id);
  g_assert_cmpstr (status, ==, "confirmed");
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM history_events WHERE event = 'emailed'"), ==, 1);
}

static void
test_wrong_password (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autofree char *status = NULL;
  CptSendDialog *dialog;
  GtkWidget *error_label;
  gint64 id = seed_order (db);
  guint before = cpt_test_smtp_server_count_messages (server);

  dialog = cpt_send_dialog_present_for_order (forms_test_parent (), db, id);
  spin_until (is_revealed, child (dialog, CPT_TYPE_SEND_DIALOG, "password_revealer"));
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, CPT_TYPE_SEND_DIALOG, "password_row")), "pas le bon");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.send", NULL);
  g_assert_true (cpt_send_dialog_is_sending (dialog));
  spin_until (is_not_sending, dialog);

  error_label = child (dialog, CPT_TYPE_SEND_DIALOG, "error_label");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (error_label)),
                                   "Le serveur de messagerie 127.0.0.1 a refusé la connexion"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (child (dialog, CPT_TYPE_SEND_DIALOG, "error_revealer"))));
  forms_test_screenshot (GTK_WIDGET (dialog), "send-dialog-error");

  status = order_status (db, id);
  g_assert_cmpstr (status, ==, "draft");
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM history_events WHERE event = 'emailed'"), ==, 0);
  g_assert_cmpuint (cpt_test_smtp_server_count_messages (server), ==, before);

  /* A bad address is refused before anything leaves. */
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, CPT_TYPE_SEND_DIALOG, "cc_row")), "pas-une-adresse");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.send", NULL);
  g_assert_false (cpt_send_dialog_is_sending (dialog));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error_label)), ==,
                   "L’adresse e-mail «\u00a0pas-une-adresse\u00a0» n’est pas valide.");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_mail_client (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autofree char *bin = g_dir_make_tmp ("cpt-xdg-XXXXXX", NULL);
  g_autofree char *script = g_build_filename (bin, "xdg-email", NULL);
  g_autofree char *record = g_build_filename (bin, "args.txt", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *old_path = g_strdup (g_getenv ("PATH"));
  g_autofree char *new_path = g_strconcat (bin, ":", old_path, NULL);
  g_autofree char *script_text = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  CptSendDialog *dialog;
  gint64 id = seed_order (db);
  const char *attachment = NULL;

  /* A stand-in for xdg-email that writes down what it was given. */
  script_text = g_strdup_printf ("#!/bin/sh\nfor a in \"$@\"; do printf '%%s\\n' \"$a\"; done > %s.part\n"
                                 "mv %s.part %s\n", record, record, record);
  g_file_set_contents (script, script_text, -1, &error);
  g_assert_no_error (error);
  g_chmod (script, 0755);
  g_setenv ("PATH", new_path, TRUE);

  dialog = cpt_send_dialog_present_for_order (forms_test_parent (), db, id);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_editable_set_text (GTK_EDITABLE (child (dialog, CPT_TYPE_SEND_DIALOG, "cc_row")), "compta@client.fr");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.mail-client", NULL);
  forms_test_spin (50);
  if (dialog != NULL)
    g_error ("the dialog stayed: %s",
             gtk_label_get_text (GTK_LABEL (child (dialog, CPT_TYPE_SEND_DIALOG, "error_label"))));

  for (guint i = 0; i < 100 && !g_file_test (record, G_FILE_TEST_EXISTS); i++)
    forms_test_spin (20);
  g_file_get_contents (record, &contents, NULL, &error);
  g_assert_no_error (error);
  args = g_strsplit (contents, "\n", -1);
  g_assert_cmpstr (args[0], ==, "--utf8");
  g_assert_cmpstr (args[1], ==, "--subject");
  g_assert_true (g_str_has_prefix (args[2], "Commande CC-"));
  g_assert_cmpstr (args[3], ==, "--body");
  for (guint i = 0; args[i] != NULL; i++)
    if (g_str_equal (args[i], "--attach"))
      attachment = args[i + 1];
  g_assert_nonnull (attachment);
  g_assert_true (g_str_has_suffix (attachment, ".pdf"));
  g_assert_true (g_file_test (attachment, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (contents, "--cc\ncompta@client.fr\n"));
  g_assert_nonnull (strstr (contents, "\neric@client.fr\n"));
  /* Handing over is not sending: nothing recorded. */
  g_assert_cmpint (forms_test_query_int (db, "SELECT count(*) FROM history_events WHERE event = 'emailed'"), ==, 0);

  g_setenv ("PATH", old_path, TRUE);
  g_unlink (script);
  g_unlink (record);
  g_rmdir (bin);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (c, type))
        return c;
      found = find_descendant (c, type);
      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_toast_or_status (gpointer page)
{
  GtkWidget *status = child (page, CPT_TYPE_MAIL_PAGE, "status_label");

  return !gtk_spinner_get_spinning (GTK_SPINNER (child (page, CPT_TYPE_MAIL_PAGE, "spinner"))) ||
         gtk_widget_get_visible (status);
}

static void
test_mail_page (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autofree char *host = NULL;
  g_autofree char *security = NULL;
  CptPreferencesWindow *window;
  AdwPreferencesPage *page;
  GtkWidget *status;
  guint before = cpt_test_smtp_server_count_messages (server);

  seed_order (db);
  window = cpt_preferences_window_new (forms_test_parent (), db);
  gtk_window_present (GTK_WINDOW (window));
  cpt_preferences_window_show_page (window, "email");
  page = ADW_PREFERENCES_PAGE (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (window)));
  g_assert_true (CPT_IS_MAIL_PAGE (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (page, CPT_TYPE_MAIL_PAGE, "host_row"))), ==, "127.0.0.1");
  forms_test_spin (300);
  forms_test_screenshot (GTK_WIDGET (window), "preferences-email");

  /* « Aucune » security shows its warning. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (page, CPT_TYPE_MAIL_PAGE, "security_row")), CPT_SMTP_SECURITY_NONE);
  g_assert_true (gtk_widget_get_visible (child (page, CPT_TYPE_MAIL_PAGE, "insecure_row")));
  forms_test_screenshot (GTK_WIDGET (window), "preferences-email-insecure");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (page, CPT_TYPE_MAIL_PAGE, "security_row")), CPT_SMTP_SECURITY_STARTTLS);
  g_assert_false (gtk_widget_get_visible (child (page, CPT_TYPE_MAIL_PAGE, "insecure_row")));

  /* The test e-mail uses what the page shows, saved or not. */
  gtk_editable_set_text (GTK_EDITABLE (child (page, CPT_TYPE_MAIL_PAGE, "password_row")), PASSWORD);
  gtk_widget_activate_action (GTK_WIDGET (page), "mail-page.test", NULL);
  spin_until (has_toast_or_status, page);
  status = child (page, CPT_TYPE_MAIL_PAGE, "status_label");
  if (gtk_widget_get_visible (status))
    g_error ("test e-mail failed: %s", gtk_label_get_text (GTK_LABEL (status)));
  g_assert_nonnull (cpt_test_smtp_server_wait_message (server, before + 1));

  /* Saving writes the settings; without a keyring the password is not
   * kept, and the page says so. */
  gtk_editable_set_text (GTK_EDITABLE (child (page, CPT_TYPE_MAIL_PAGE, "host_row")), "smtp.dupont.fr");
  adw_combo_row_set_selected (ADW_COMBO_ROW (child (page, CPT_TYPE_MAIL_PAGE, "security_row")), CPT_SMTP_SECURITY_TLS);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (child (page, CPT_TYPE_MAIL_PAGE, "port_spin"))), !=, 0);
  gtk_widget_activate_action (GTK_WIDGET (page), "mail-page.save", NULL);
  spin_until (has_toast_or_status, page);
  host = forms_test_query_text (db, "SELECT value FROM settings WHERE key = 'smtp_host'");
  g_assert_cmpstr (host, ==, "smtp.dupont.fr");
  security = forms_test_query_text (db, "SELECT value FROM settings WHERE key = 'smtp_security'");
  g_assert_cmpstr (security, ==, "tls");
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (status)),
                                   "Les réglages sont enregistrés, mais pas le mot de passe."));
  forms_test_screenshot (GTK_WIDGET (window), "preferences-email-saved");

  /* The templates, one expander per document, at the bottom. */
  {
    GtkWidget *expander = find_descendant (child (page, CPT_TYPE_MAIL_PAGE, "templates_group"), ADW_TYPE_EXPANDER_ROW);

    g_assert_nonnull (expander);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
    forms_test_spin (300);
    gtk_widget_grab_focus (child (page, CPT_TYPE_MAIL_PAGE, "save_button"));
    forms_test_screenshot (GTK_WIDGET (window), "preferences-email-templates");
  }

  /* A bad sender address is refused, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (child (page, CPT_TYPE_MAIL_PAGE, "sender_address_row")), "pas une adresse");
  gtk_widget_activate_action (GTK_WIDGET (page), "mail-page.save", NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (status)), ==,
                   "L’adresse de l’expéditeur «\u00a0pas une adresse\u00a0» n’est pas valide.");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* Not set up yet: the dialog says so, offers « Configurer… », and sends
 * once the Messagerie page has been filled in. */
static void
test_not_set_up (void)
{
  g_autoptr(CptDatabase) db = forms_test_open_db ();
  g_autoptr(CptMailSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  CptSendDialog *dialog;
  GtkWindow *preferences;
  AdwPreferencesPage *page;
  GtkWidget *error_revealer;
  gint64 id = seed_order (db);

  settings = cpt_mail_settings_load (db);
  cpt_mail_settings_set_host (settings, "");
  g_assert_true (cpt_mail_settings_save (settings, db, &error));
  g_assert_no_error (error);

  dialog = cpt_send_dialog_present_for_order (forms_test_parent (), db, id);
  error_revealer = child (dialog, CPT_TYPE_SEND_DIALOG, "error_revealer");
  g_assert_true (gtk_widget_get_visible (error_revealer));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (child (dialog, CPT_TYPE_SEND_DIALOG, "error_label"))),
                                   "L’envoi d’e-mails n’est pas encore configuré"));
  g_assert_true (gtk_widget_get_visible (child (dialog, CPT_TYPE_SEND_DIALOG, "setup_button")));
  g_assert_false (gtk_widget_is_sensitive (child (dialog, CPT_TYPE_SEND_DIALOG, "send_button")));
  forms_test_screenshot (GTK_WIDGET (dialog), "send-dialog-not-set-up");

  gtk_widget_activate_action (GTK_WIDGET (dialog), "send.setup", NULL);
  forms_test_spin (50);
  preferences = forms_test_find_window (CPT_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  page = ADW_PREFERENCES_PAGE (adw_preferences_window_get_visible_page (ADW_PREFERENCES_WINDOW (preferences)));
  g_assert_true (CPT_IS_MAIL_PAGE (page));
  gtk_editable_set_text (GTK_EDITABLE (child (page, CPT_TYPE_MAIL_PAGE, "host_row")), "127.0.0.1");
  gtk_widget_activate_action (GTK_WIDGET (page), "mail-page.save", NULL);
  gtk_window_destroy (preferences);

  spin_until (is_hidden, error_revealer);
  g_assert_true (gtk_widget_is_sensitive (child (dialog, CPT_TYPE_SEND_DIALOG, "send_button")));
  spin_until (is_revealed, child (dialog, CPT_TYPE_SEND_DIALOG, "password_revealer"));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  forms_test_init (&argc, &argv);
  g_unsetenv ("COMPTOIR_SMTP_PASSWORD");
  server = cpt_test_smtp_server_start ("starttls", USER, PASSWORD, NULL);

  g_test_add_func ("/ui/send-dialog/send-order", test_send_order);
  g_test_add_func ("/ui/send-dialog/wrong-password", test_wrong_password);
  g_test_add_func ("/ui/send-dialog/mail-client", test_mail_client);
  g_test_add_func ("/ui/send-dialog/mail-page", test_mail_page);
  g_test_add_func ("/ui/send-dialog/not-set-up", test_not_set_up);

  status = g_test_run ();
  cpt_test_smtp_server_free (server);

  return status;
}
