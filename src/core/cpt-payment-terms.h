/* cpt-payment-terms.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CPT_TYPE_PAYMENT_TERMS (cpt_payment_terms_get_type ())

/* Payment terms of the settings: the due date is the document date plus
 * days, then the end of that month when end-of-month is set. */
G_DECLARE_FINAL_TYPE (CptPaymentTerms, cpt_payment_terms, CPT, PAYMENT_TERMS, GObject)

CptPaymentTerms *cpt_payment_terms_new                 (void);
CptPaymentTerms *cpt_payment_terms_copy                (CptPaymentTerms *self);
gint64           cpt_payment_terms_get_id              (CptPaymentTerms *self);
void             cpt_payment_terms_set_id              (CptPaymentTerms *self,
                                                        gint64          id);
const char      *cpt_payment_terms_get_name            (CptPaymentTerms *self);
void             cpt_payment_terms_set_name            (CptPaymentTerms *self,
                                                        const char      *name);
int              cpt_payment_terms_get_days            (CptPaymentTerms *self);
void             cpt_payment_terms_set_days            (CptPaymentTerms *self,
                                                        int             days);
gboolean         cpt_payment_terms_get_end_of_month    (CptPaymentTerms *self);
void             cpt_payment_terms_set_end_of_month    (CptPaymentTerms *self,
                                                        gboolean        end_of_month);
gboolean         cpt_payment_terms_get_active          (CptPaymentTerms *self);
void             cpt_payment_terms_set_active          (CptPaymentTerms *self,
                                                        gboolean        active);
gboolean         cpt_payment_terms_get_is_default      (CptPaymentTerms *self);
void             cpt_payment_terms_set_is_default      (CptPaymentTerms *self,
                                                        gboolean        is_default);
gboolean         cpt_payment_terms_exceeds_legal_limit (CptPaymentTerms *self);
char            *cpt_payment_terms_dup_due_date        (CptPaymentTerms *self,
                                                        const char      *date_iso);

G_END_DECLS
