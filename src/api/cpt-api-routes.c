/* cpt-api-routes.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-api-routes"

#include "config.h"

#include "cpt-api-routes.h"

void
cpt_api_routes_register (CptApiServer *server)
{
  g_return_if_fail (CPT_IS_API_SERVER (server));

  cpt_api_customers_register (server);
  cpt_api_settings_register (server);
  cpt_api_company_register (server);
  cpt_api_items_register (server);
  cpt_api_taxes_register (server);
  cpt_api_lists_register (server);
  cpt_api_orders_register (server);
  cpt_api_shipments_register (server);
  cpt_api_invoices_register (server);
  cpt_api_mail_register (server);
}
