/* cpt-application.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-api-controller.h"
#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_APPLICATION (cpt_application_get_type ())

G_DECLARE_FINAL_TYPE (CptApplication, cpt_application, CPT, APPLICATION, AdwApplication)

CptApplication *cpt_application_new               (void);
const char     *cpt_application_get_database_path (CptApplication *self);
void            cpt_application_set_database_path (CptApplication *self,
                                                   const char     *path);
char           *cpt_application_dup_default_database_path (void);
CptDatabase    *cpt_application_get_database      (CptApplication *self);
CptApiController *cpt_application_get_api_controller (CptApplication *self);

G_END_DECLS
