/* cpt-settings-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-closing-rules.h"
#include "cpt-company.h"
#include "cpt-database.h"

G_BEGIN_DECLS

/* Keys of the settings table. The e-mail templates are
 * "template_<salesorder|invoice|creditnote>_<subject|body>". */
#define CPT_SETTING_CLOSING_RULE   "closing_rule"
#define CPT_SETTING_API_ENABLED    "api_enabled"
#define CPT_SETTING_API_PORT       "api_port"
#define CPT_SETTING_API_TOKEN      "api_token"
#define CPT_SETTING_SMTP_HOST      "smtp_host"
#define CPT_SETTING_SMTP_PORT      "smtp_port"
#define CPT_SETTING_SMTP_SECURITY  "smtp_security"
#define CPT_SETTING_SMTP_USERNAME  "smtp_username"
#define CPT_SETTING_SMTP_CA_FILE   "smtp_ca_file"
#define CPT_SETTING_SENDER_NAME    "sender_name"
#define CPT_SETTING_SENDER_ADDRESS "sender_address"

char           *cpt_settings_get                   (CptDatabase     *db,
                                                    const char      *key,
                                                    const char      *fallback);
gboolean        cpt_settings_set                   (CptDatabase     *db,
                                                    const char      *key,
                                                    const char      *value,
                                                    GError         **error);
gboolean        cpt_settings_get_boolean           (CptDatabase     *db,
                                                    const char      *key,
                                                    gboolean         fallback);
gint64          cpt_settings_get_int               (CptDatabase     *db,
                                                    const char      *key,
                                                    gint64           fallback);

CptClosingRule  cpt_settings_get_closing_rule      (CptDatabase     *db);
gboolean        cpt_settings_set_closing_rule      (CptDatabase     *db,
                                                    CptClosingRule   rule,
                                                    GError         **error);

CptCompany     *cpt_settings_get_company           (CptDatabase     *db,
                                                    GError         **error);
gboolean        cpt_settings_set_company           (CptDatabase     *db,
                                                    CptCompany      *company,
                                                    GError         **error);

char           *cpt_settings_ensure_api_token      (CptDatabase     *db,
                                                    GError         **error);
char           *cpt_settings_regenerate_api_token  (CptDatabase     *db,
                                                    GError         **error);

G_END_DECLS
