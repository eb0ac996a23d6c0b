/* cpt-company.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include "cpt-address.h"

G_BEGIN_DECLS

#define CPT_TYPE_COMPANY (cpt_company_get_type ())

/* The company that sells (Settings → Entreprise): what every document
 * prints in its seller block and legal mentions. share-capital in cents,
 * late-penalty-rate in basis points; vat-regime "normal" or "franchise"
 * (franchise en base: no VAT, art. 293 B mention); operations "goods",
 * "services" or "both"; logo: PNG or JPEG bytes, or NULL. */
G_DECLARE_FINAL_TYPE (CptCompany, cpt_company, CPT, COMPANY, GObject)

CptCompany       *cpt_company_new                   (void);
CptCompany       *cpt_company_copy                  (CptCompany       *self);
const char       *cpt_company_get_name              (CptCompany       *self);
void              cpt_company_set_name              (CptCompany       *self,
                                                     const char       *name);
const char       *cpt_company_get_legal_form        (CptCompany       *self);
void              cpt_company_set_legal_form        (CptCompany       *self,
                                                     const char       *legal_form);
gint64            cpt_company_get_share_capital     (CptCompany       *self);
void              cpt_company_set_share_capital     (CptCompany       *self,
                                                     gint64           share_capital);
const CptAddress *cpt_company_get_address           (CptCompany       *self);
void              cpt_company_set_address           (CptCompany       *self,
                                                     const CptAddress *address);
const char       *cpt_company_get_siren             (CptCompany       *self);
void              cpt_company_set_siren             (CptCompany       *self,
                                                     const char       *siren);
const char       *cpt_company_get_siret             (CptCompany       *self);
void              cpt_company_set_siret             (CptCompany       *self,
                                                     const char       *siret);
const char       *cpt_company_get_rcs_city          (CptCompany       *self);
void              cpt_company_set_rcs_city          (CptCompany       *self,
                                                     const char       *rcs_city);
const char       *cpt_company_get_vat_number        (CptCompany       *self);
void              cpt_company_set_vat_number        (CptCompany       *self,
                                                     const char       *vat_number);
const char       *cpt_company_get_vat_regime        (CptCompany       *self);
void              cpt_company_set_vat_regime        (CptCompany       *self,
                                                     const char       *vat_regime);
gboolean          cpt_company_get_vat_on_debits     (CptCompany       *self);
void              cpt_company_set_vat_on_debits     (CptCompany       *self,
                                                     gboolean         vat_on_debits);
const char       *cpt_company_get_operations        (CptCompany       *self);
void              cpt_company_set_operations        (CptCompany       *self,
                                                     const char       *operations);
const char       *cpt_company_get_iban              (CptCompany       *self);
void              cpt_company_set_iban              (CptCompany       *self,
                                                     const char       *iban);
const char       *cpt_company_get_bic               (CptCompany       *self);
void              cpt_company_set_bic               (CptCompany       *self,
                                                     const char       *bic);
const char       *cpt_company_get_email             (CptCompany       *self);
void              cpt_company_set_email             (CptCompany       *self,
                                                     const char       *email);
const char       *cpt_company_get_phone             (CptCompany       *self);
void              cpt_company_set_phone             (CptCompany       *self,
                                                     const char       *phone);
const char       *cpt_company_get_website           (CptCompany       *self);
void              cpt_company_set_website           (CptCompany       *self,
                                                     const char       *website);
int               cpt_company_get_late_penalty_rate (CptCompany       *self);
void              cpt_company_set_late_penalty_rate (CptCompany       *self,
                                                     int              late_penalty_rate);
const char       *cpt_company_get_footer            (CptCompany       *self);
void              cpt_company_set_footer            (CptCompany       *self,
                                                     const char       *footer);
GBytes           *cpt_company_get_logo              (CptCompany       *self);
void              cpt_company_set_logo              (CptCompany       *self,
                                                     GBytes           *logo);
gboolean          cpt_company_is_configured         (CptCompany       *self);
void              cpt_company_normalize             (CptCompany       *self);
gboolean          cpt_company_validate              (CptCompany       *self,
                                                     GError           **error);

G_END_DECLS
