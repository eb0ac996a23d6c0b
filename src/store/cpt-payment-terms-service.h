/* cpt-payment-terms-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"
#include "cpt-payment-terms.h"

G_BEGIN_DECLS

/* Payment terms (Settings). Writes emit CptDatabase::changed
 * "payment_terms". Terms beyond the legal limit are saved: the settings
 * warn with cpt_payment_terms_exceeds_legal_limit(). */

GPtrArray       *cpt_payment_terms_service_list        (CptDatabase      *db,
                                                        gboolean          include_inactive,
                                                        GError          **error);
CptPaymentTerms *cpt_payment_terms_service_get         (CptDatabase      *db,
                                                        gint64            id,
                                                        GError          **error);
CptPaymentTerms *cpt_payment_terms_service_get_default (CptDatabase      *db,
                                                        GError          **error);
gboolean         cpt_payment_terms_service_create      (CptDatabase      *db,
                                                        CptPaymentTerms  *terms,
                                                        GError          **error);
gboolean         cpt_payment_terms_service_update      (CptDatabase      *db,
                                                        CptPaymentTerms  *terms,
                                                        GError          **error);
gboolean         cpt_payment_terms_service_delete      (CptDatabase      *db,
                                                        gint64            id,
                                                        GError          **error);

G_END_DECLS
