/* test-api-controller.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cpt-api-controller.h"
#include "cpt-settings-service.h"
#include "cpt-test-api.h"

/* The desktop application's server follows the settings. */
static void
test_follows_settings (void)
{
  g_autoptr(CptTestApi) api = cpt_test_api_new ();
  g_autoptr(CptApiController) controller = NULL;
  g_autoptr(CptTestResponse) first = NULL;
  g_autoptr(CptTestResponse) old_token = NULL;
  g_autoptr(CptTestResponse) new_token = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *token = NULL;
  g_autofree char *regenerated = NULL;
  guint port;

  g_unsetenv ("COMPTOIR_API_TOKEN");
  controller = cpt_api_controller_new (api->database);
  g_assert_cmpuint (cpt_api_controller_get_port (controller), ==, 0);
  g_assert_cmpstr (cpt_api_controller_get_status (controller), ==, "The API is off.");

  g_assert_true (cpt_settings_set (api->database, CPT_SETTING_API_PORT, "0", &error));
  g_assert_true (cpt_settings_set (api->database, CPT_SETTING_API_ENABLED, "1", &error));
  g_assert_no_error (error);
  port = cpt_api_controller_get_port (controller);
  g_assert_cmpuint (port, >, 0);
  g_assert_true (g_str_has_prefix (cpt_api_controller_get_status (controller), "Listening on http://127.0.0.1:"));

  token = cpt_settings_get (api->database, CPT_SETTING_API_TOKEN, NULL);
  g_assert_cmpuint (strlen (token), ==, 64);
  first = cpt_test_http (port, token, "GET", "/api/v1/customers", NULL, 0, NULL);
  g_assert_cmpint (first->status, ==, 200);

  /* « Régénérer »: the old token is refused at once, the port stays. */
  regenerated = cpt_settings_regenerate_api_token (api->database, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cpt_api_controller_get_port (controller), ==, port);
  old_token = cpt_test_http (port, token, "GET", "/api/v1/customers", NULL, 0, NULL);
  g_assert_cmpint (old_token->status, ==, 401);
  new_token = cpt_test_http (port, regenerated, "GET", "/api/v1/customers", NULL, 0, NULL);
  g_assert_cmpint (new_token->status, ==, 200);

  g_assert_true (cpt_settings_set (api->database, CPT_SETTING_API_ENABLED, "0", &error));
  g_assert_cmpuint (cpt_api_controller_get_port (controller), ==, 0);
  g_assert_cmpstr (cpt_api_controller_get_status (controller), ==, "The API is off.");
}

int
main (int   argc,
      char *argv[])
{
  cpt_test_api_init (&argc, &argv);

  g_test_add_func ("/api/controller/follows-settings", test_follows_settings);

  return g_test_run ();
}
