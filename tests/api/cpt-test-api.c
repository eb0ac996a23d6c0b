/* cpt-test-api.c
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
#include <unistd.h>

#include "cpt-api-routes.h"
#include "cpt-test-api.h"

void
cpt_test_api_init (int    *argc,
                   char ***argv)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (argc, argv, NULL);
}

CptTestApi *
cpt_test_api_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  CptTestApi *api = g_new0 (CptTestApi, 1);

  api->directory = g_dir_make_tmp ("comptoir-api-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (api->directory, "test.db", NULL);
  api->database = cpt_database_open (path, &error);
  g_assert_no_error (error);

  api->server = cpt_api_server_new (api->database, CPT_TEST_TOKEN);
  cpt_api_routes_register (api->server);
  g_assert_true (cpt_api_server_start (api->server, 0, &error));
  g_assert_no_error (error);
  api->port = cpt_api_server_get_port (api->server);
  return api;
}

void
cpt_test_api_free (CptTestApi *api)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (api == NULL)
    return;
  g_clear_object (&api->server);
  g_clear_object (&api->database);
  dir = g_dir_open (api->directory, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (api->directory, name, NULL);

      g_unlink (file);
    }
  g_rmdir (api->directory);
  g_free (api->directory);
  g_free (api);
}

CptTestResponse *
cpt_test_api_call_with (CptTestApi         *api,
                        const char         *method,
                        const char         *path,
                        const char         *body,
                        const char * const *headers,
                        long                expected_status)
{
  CptTestResponse *response;

  response = cpt_test_http (api->port, CPT_TEST_TOKEN, method, path, body, 0, headers);
  if (expected_status != 0 && response->status != expected_status)
    g_error ("%s %s: expected %ld, got %ld: %.*s", method, path, expected_status, response->status,
             (int) g_bytes_get_size (response->body),
             (const char *) g_bytes_get_data (response->body, NULL));
  return response;
}

CptTestResponse *
cpt_test_api_call (CptTestApi *api,
                   const char *method,
                   const char *path,
                   const char *body,
                   long        expected_status)
{
  return cpt_test_api_call_with (api, method, path, body, NULL, expected_status);
}

gint64
cpt_test_api_create (CptTestApi *api,
                     const char *path,
                     const char *body)
{
  g_autoptr(CptTestResponse) response = cpt_test_api_call (api, "POST", path, body, 201);

  return json_object_get_int_member (cpt_test_response_object (response), "id");
}

char *
cpt_test_pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  const char *data = g_bytes_get_data (pdf, &length);
  const char *argv[] = { "pdftotext", "-layout", NULL, "-", NULL };
  int fd, status = 0;

  g_assert_cmpuint (length, >, 4);
  g_assert_true (memcmp (data, "%PDF", 4) == 0);

  fd = g_file_open_tmp ("comptoir-api-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);
  argv[2] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_unlink (path);
  return g_steal_pointer (&text);
}
