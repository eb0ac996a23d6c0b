/* cpt-keyring.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The SMTP password lives in the desktop keyring (Secret Service, schema
 * fr.comptoir.Comptoir.Smtp, attributes host and username), never in
 * the database. When no keyring can be used — no Secret Service on the
 * session bus, no default keyring, or a locked one that stays locked —
 * the calls fail with CPT_ERROR_IO and a sentence saying why, so the
 * caller can ask for the password instead. */

gboolean  cpt_keyring_store_password         (const char           *host,
                                              const char           *username,
                                              const char           *password,
                                              GCancellable         *cancellable,
                                              GError              **error);
char     *cpt_keyring_lookup_password        (const char           *host,
                                              const char           *username,
                                              GCancellable         *cancellable,
                                              GError              **error);
gboolean  cpt_keyring_clear_password         (const char           *host,
                                              const char           *username,
                                              GCancellable         *cancellable,
                                              GError              **error);

void      cpt_keyring_store_password_async   (const char           *host,
                                              const char           *username,
                                              const char           *password,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
gboolean  cpt_keyring_store_password_finish  (GAsyncResult         *result,
                                              GError              **error);
void      cpt_keyring_lookup_password_async  (const char           *host,
                                              const char           *username,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
char     *cpt_keyring_lookup_password_finish (GAsyncResult         *result,
                                              GError              **error);

G_END_DECLS
