/* cpt-api-controller.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-api-server.h"

G_BEGIN_DECLS

#define CPT_TYPE_API_CONTROLLER (cpt_api_controller_get_type ())

G_DECLARE_FINAL_TYPE (CptApiController, cpt_api_controller, CPT, API_CONTROLLER, GObject)

/* The API server of the desktop application: it runs while the settings
 * say it is enabled, on their port and with their token, and follows
 * every change of them (the database's "changed::settings"). It serves
 * the window's own database, so orders created through it show up in the
 * window like the window's own. The "status" property is a sentence for
 * the preferences: listening on …, stopped, or why it could not start. */
CptApiController *cpt_api_controller_new        (CptDatabase      *database);
const char       *cpt_api_controller_get_status (CptApiController *self);
guint             cpt_api_controller_get_port   (CptApiController *self);

G_END_DECLS
