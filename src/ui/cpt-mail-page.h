/* cpt-mail-page.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_MAIL_PAGE (cpt_mail_page_get_type ())

G_DECLARE_FINAL_TYPE (CptMailPage, cpt_mail_page, CPT, MAIL_PAGE, AdwPreferencesPage)

/* « Messagerie »: the SMTP server, the login (the password in the
 * keyring), the sender, the templates of each document, and a test
 * e-mail with the settings shown. */
AdwPreferencesPage *cpt_mail_page_new (CptDatabase *db);

G_END_DECLS
