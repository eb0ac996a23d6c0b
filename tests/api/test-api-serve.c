/* test-api-serve.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include "cpt-settings-service.h"
#include "cpt-test-api.h"

/* `comptoir --serve` as a separate process, without any display. */
typedef struct
{
  GSubprocess *process;
  guint        port;
} Served;

static Served
serve (const char *database,
       const char *token)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDataInputStream) lines = NULL;
  g_autofree char *line = NULL;
  Served served = { 0 };

  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  if (token != NULL)
    g_subprocess_launcher_setenv (launcher, "COMPTOIR_API_TOKEN", token, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "COMPTOIR_API_TOKEN");

  served.process = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("CPT_COMPTOIR_BINARY"),
                                                "--serve", "--database", database, "--port", "0", NULL);
  g_assert_no_error (error);

  lines = g_data_input_stream_new (g_subprocess_get_stdout_pipe (served.process));
  line = g_data_input_stream_read_line (lines, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (line);
  g_assert_true (g_str_has_prefix (line, "Listening on http://127.0.0.1:"));
  g_assert_true (g_str_has_suffix (line, "/"));
  served.port = (guint) g_ascii_strtoull (line + strlen ("Listening on http://127.0.0.1:"), NULL, 10);
  g_assert_cmpuint (served.port, >, 0);
  return served;
}

static void
stop (Served *served)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_send_signal (served->process, SIGTERM);
  g_subprocess_wait (served->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (served->process));
  g_assert_cmpint (g_subprocess_get_exit_status (served->process), ==, 0);
  g_clear_object (&served->process);
}

static void
test_serve_environment_token (void)
{
  g_autofree char *directory = g_dir_make_tmp ("comptoir-serve-XXXXXX", NULL);
  g_autofree char *database = g_build_filename (directory, "serve.db", NULL);
  g_autoptr(CptTestResponse) denied = NULL;
  g_autoptr(CptTestResponse) created = NULL;
  g_autoptr(CptTestResponse) listed = NULL;
  Served served = serve (database, "from-the-environment");

  denied = cpt_test_http (served.port, "wrong", "GET", "/api/v1/customers", NULL, 0, NULL);
  g_assert_cmpint (denied->status, ==, 401);

  created = cpt_test_http (served.port, "from-the-environment", "POST", "/api/v1/customers",
                           "{\"display_name\": \"Client servi\"}", 0, NULL);
  g_assert_cmpint (created->status, ==, 201);
  listed = cpt_test_http (served.port, "from-the-environment", "GET", "/api/v1/customers", NULL, 0, NULL);

  /* The headless server answers in French too. */
  {
    const char *fr[] = { "Accept-Language: fr", NULL };
    g_autoptr(CptTestResponse) missing = cpt_test_http (served.port, "from-the-environment", "GET",
                                                        "/api/v1/salesorders/999", NULL, 0, fr);
    JsonObject *error = json_object_get_object_member (cpt_test_response_object (missing), "error");

    g_assert_cmpint (missing->status, ==, 404);
    g_assert_cmpstr (json_object_get_string_member (error, "message"), ==, "La commande 999 n’existe pas.");
  }
  g_assert_cmpint (listed->status, ==, 200);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (cpt_test_response_object (listed), "customers")),
                    ==, 1);
  stop (&served);
}

static void
test_serve_stored_token (void)
{
  g_autofree char *directory = g_dir_make_tmp ("comptoir-serve-XXXXXX", NULL);
  g_autofree char *database_path = g_build_filename (directory, "serve.db", NULL);
  g_autoptr(CptDatabase) database = NULL;
  g_autoptr(CptTestResponse) listed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  Served served = serve (database_path, NULL);

  /* Generated at first use and kept in the settings: 32 bytes in hex. */
  database = cpt_database_open (database_path, &error);
  g_assert_no_error (error);
  token = cpt_settings_get (database, CPT_SETTING_API_TOKEN, NULL);
  g_assert_nonnull (token);
  g_assert_cmpuint (strlen (token), ==, 64);

  listed = cpt_test_http (served.port, token, "GET", "/api/v1/customers", NULL, 0, NULL);
  g_assert_cmpint (listed->status, ==, 200);
  stop (&served);
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/serve/environment-token", test_serve_environment_token);
  g_test_add_func ("/api/serve/stored-token", test_serve_stored_token);

  return g_test_run ();
}
