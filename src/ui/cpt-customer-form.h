/* cpt-customer-form.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "cpt-database.h"

G_BEGIN_DECLS

#define CPT_TYPE_CUSTOMER_FORM (cpt_customer_form_get_type ())

G_DECLARE_FINAL_TYPE (CptCustomerForm, cpt_customer_form, CPT, CUSTOMER_FORM, AdwWindow)

/* A new customer when @customer_id is 0. Emits "saved" with the id. */
CptCustomerForm *cpt_customer_form_new (GtkWindow   *parent,
                                        CptDatabase *db,
                                        gint64       customer_id);

G_END_DECLS
