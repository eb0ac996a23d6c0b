/* test-keyring.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Run by keyring-session.sh: "unlocked" inside a private session with a
 * real gnome-keyring Secret Service, "none" on a bus without one, "locked"
 * with a keyring whose unlock prompt is dismissed.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "cpt-error.h"
#include "cpt-keyring.h"

#define HOST "smtp.dupont.fr"
#define USER "ventes@dupont.fr"
#define PASSWORD "mot de passe très secret — ça marche ?"

static char *
secret_tool_lookup (const char *host,
                    const char *user)
{
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "secret-tool", "lookup", "xdg:schema", "fr.comptoir.Comptoir.Smtp",
                         "host", host, "username", user, NULL };
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);

  return out;
}

static void
test_store_and_lookup (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  g_autofree char *other = NULL;
  g_autofree char *seen = NULL;

  g_assert_true (cpt_keyring_store_password (HOST, USER, PASSWORD, NULL, &error));
  g_assert_no_error (error);

  password = cpt_keyring_lookup_password (HOST, USER, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (password, ==, PASSWORD);

  /* Stored under the documented schema and attributes. */
  seen = secret_tool_lookup (HOST, USER);
  g_assert_cmpstr (seen, ==, PASSWORD);

  other = cpt_keyring_lookup_password (HOST, "compta@dupont.fr", NULL, &error);
  g_assert_no_error (error);
  g_assert_null (other);

  /* Storing again replaces, it does not add a second item. */
  g_assert_true (cpt_keyring_store_password (HOST, USER, "nouveau", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&password, g_free);
  password = cpt_keyring_lookup_password (HOST, USER, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (password, ==, "nouveau");

  g_assert_true (cpt_keyring_clear_password (HOST, USER, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&password, g_free);
  password = cpt_keyring_lookup_password (HOST, USER, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (password);
}

typedef struct
{
  GMainLoop *loop;
  char      *password;
  gboolean   stored;
  GError    *error;
} AsyncState;

static void
on_stored (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  AsyncState *state = user_data;

  state->stored = cpt_keyring_store_password_finish (result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
on_looked_up (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  AsyncState *state = user_data;

  state->password = cpt_keyring_lookup_password_finish (result, &state->error);
  g_main_loop_quit (state->loop);
}

static void
test_async (void)
{
  AsyncState state = { g_main_loop_new (NULL, FALSE), NULL, FALSE, NULL };

  cpt_keyring_store_password_async (HOST, USER, PASSWORD, NULL, on_stored, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_true (state.stored);

  cpt_keyring_lookup_password_async (HOST, USER, NULL, on_looked_up, &state);
  g_main_loop_run (state.loop);
  g_assert_no_error (state.error);
  g_assert_cmpstr (state.password, ==, PASSWORD);

  g_free (state.password);
  g_main_loop_unref (state.loop);
}

static void
assert_no_keyring (GError *error)
{
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);
  g_assert_cmpstr (error->message, ==,
                   "Aucun trousseau de clés n’est disponible sur cet ordinateur\u00a0: "
                   "le mot de passe de messagerie ne peut pas y être conservé.");
}

static void
test_no_keyring (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  AsyncState state = { g_main_loop_new (NULL, FALSE), NULL, FALSE, NULL };
  gint64 start = g_get_monotonic_time ();

  g_assert_false (cpt_keyring_store_password (HOST, USER, PASSWORD, NULL, &error));
  assert_no_keyring (error);
  g_clear_error (&error);

  password = cpt_keyring_lookup_password (HOST, USER, NULL, &error);
  g_assert_null (password);
  assert_no_keyring (error);

  cpt_keyring_lookup_password_async (HOST, USER, NULL, on_looked_up, &state);
  g_main_loop_run (state.loop);
  g_assert_null (state.password);
  assert_no_keyring (state.error);
  g_clear_error (&state.error);
  g_main_loop_unref (state.loop);

  /* Said at once: nothing waits for a service that will never come. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
}

/* The user dismissed the unlock dialog: say so, and wait for nothing. */
static void
test_locked_keyring (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *password = NULL;
  const char *expected = "Le trousseau de clés est verrouillé et n’a pas été déverrouillé\u00a0: "
                         "le mot de passe de messagerie ne peut être ni lu ni conservé.";

  password = cpt_keyring_lookup_password (HOST, USER, NULL, &error);
  g_assert_null (password);
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_false (cpt_keyring_store_password (HOST, USER, PASSWORD, NULL, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_IO);
  g_assert_cmpstr (error->message, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  const char *mode = NULL;

  g_setenv ("LANGUAGE", "fr", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "unlocked") || g_str_equal (argv[i], "none") || g_str_equal (argv[i], "locked"))
      mode = argv[i];
  g_assert_nonnull (mode);

  if (g_str_equal (mode, "unlocked"))
    {
      g_test_add_func ("/mail/keyring/store-and-lookup", test_store_and_lookup);
      g_test_add_func ("/mail/keyring/async", test_async);
    }
  else if (g_str_equal (mode, "locked"))
    g_test_add_func ("/mail/keyring/locked", test_locked_keyring);
  else
    g_test_add_func ("/mail/keyring/none", test_no_keyring);

  return g_test_run ();
}
