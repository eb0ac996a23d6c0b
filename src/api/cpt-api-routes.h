/* cpt-api-routes.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-api-server.h"

G_BEGIN_DECLS

/* Every route of the API contract; one register function per resource
 * file. */
void cpt_api_routes_register    (CptApiServer *server);

void cpt_api_customers_register (CptApiServer *server);
void cpt_api_settings_register  (CptApiServer *server);
void cpt_api_company_register   (CptApiServer *server);
void cpt_api_items_register     (CptApiServer *server);
void cpt_api_taxes_register     (CptApiServer *server);
void cpt_api_lists_register     (CptApiServer *server);
void cpt_api_orders_register    (CptApiServer *server);
void cpt_api_shipments_register (CptApiServer *server);
void cpt_api_invoices_register  (CptApiServer *server);
void cpt_api_mail_register      (CptApiServer *server);

G_END_DECLS
