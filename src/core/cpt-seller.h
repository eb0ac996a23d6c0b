/* cpt-seller.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "cpt-address.h"
#include "cpt-order-status.h"

G_BEGIN_DECLS

/* The seller as printed on an invoice or a credit note: a snapshot of the company settings at the time.
 * Amounts in cents, quantities in thousandths, rates in basis points. */

#define CPT_TYPE_SELLER (cpt_seller_get_type ())

G_DECLARE_FINAL_TYPE (CptSeller, cpt_seller, CPT, SELLER, GObject)

CptSeller *cpt_seller_new (void);
const char *cpt_seller_get_name (CptSeller *self);
void cpt_seller_set_name (CptSeller *self, const char *name);
const char *cpt_seller_get_legal_form (CptSeller *self);
void cpt_seller_set_legal_form (CptSeller *self, const char *legal_form);
gint64 cpt_seller_get_share_capital (CptSeller *self);
void cpt_seller_set_share_capital (CptSeller *self, gint64 share_capital);
const CptAddress *cpt_seller_get_address (CptSeller *self);
void cpt_seller_set_address (CptSeller *self, const CptAddress *address);
const char *cpt_seller_get_siren (CptSeller *self);
void cpt_seller_set_siren (CptSeller *self, const char *siren);
const char *cpt_seller_get_siret (CptSeller *self);
void cpt_seller_set_siret (CptSeller *self, const char *siret);
const char *cpt_seller_get_rcs_city (CptSeller *self);
void cpt_seller_set_rcs_city (CptSeller *self, const char *rcs_city);
const char *cpt_seller_get_vat_number (CptSeller *self);
void cpt_seller_set_vat_number (CptSeller *self, const char *vat_number);
const char *cpt_seller_get_vat_regime (CptSeller *self);
void cpt_seller_set_vat_regime (CptSeller *self, const char *vat_regime);
gboolean cpt_seller_get_vat_on_debits (CptSeller *self);
void cpt_seller_set_vat_on_debits (CptSeller *self, gboolean vat_on_debits);
const char *cpt_seller_get_operations (CptSeller *self);
void cpt_seller_set_operations (CptSeller *self, const char *operations);
const char *cpt_seller_get_iban (CptSeller *self);
void cpt_seller_set_iban (CptSeller *self, const char *iban);
const char *cpt_seller_get_bic (CptSeller *self);
void cpt_seller_set_bic (CptSeller *self, const char *bic);
const char *cpt_seller_get_email (CptSeller *self);
void cpt_seller_set_email (CptSeller *self, const char *email);
const char *cpt_seller_get_phone (CptSeller *self);
void cpt_seller_set_phone (CptSeller *self, const char *phone);
int cpt_seller_get_late_penalty_rate (CptSeller *self);
void cpt_seller_set_late_penalty_rate (CptSeller *self, int late_penalty_rate);
const char *cpt_seller_get_footer (CptSeller *self);
void cpt_seller_set_footer (CptSeller *self, const char *footer);

G_END_DECLS
