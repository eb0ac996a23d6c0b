-- Comptoir schema, version 1: the data every new file starts with.
-- These are French business data (the application's market), not
-- interface strings: they are not translated.

INSERT INTO company (id) VALUES (1);

INSERT INTO taxes (id, name, rate, category, legal_mention, is_default) VALUES
  (1, 'TVA 20 %', 2000, 'standard', '', 1),
  (2, 'TVA 10 %', 1000, 'reduced', '', 0),
  (3, 'TVA 5,5 %', 550, 'reduced', '', 0),
  (4, 'TVA 2,1 %', 210, 'reduced', '', 0),
  (5, 'Exonéré 0 %', 0, 'exempt', 'Exonération de TVA, article 262 ter I du CGI', 0);

INSERT INTO payment_terms (id, name, days, end_of_month, is_default) VALUES
  (1, 'À réception', 0, 0, 0),
  (2, '30 jours', 30, 0, 1),
  (3, '45 jours fin de mois', 45, 1, 0),
  (4, '60 jours', 60, 0, 0);

INSERT INTO delivery_methods (id, name) VALUES
  (1, 'Colissimo'),
  (2, 'Transporteur'),
  (3, 'Retrait sur place');

INSERT INTO warehouses (id, name, is_default) VALUES (1, 'Entrepôt principal', 1);

INSERT INTO number_series (doc_type, mode, prefix, next_number, padding, yearly_reset) VALUES
  ('salesorder', 'auto', 'CC-{YYYY}-', 1, 5, 1),
  ('invoice', 'auto', 'FA-{YYYY}-', 1, 5, 1),
  ('creditnote', 'auto', 'AV-{YYYY}-', 1, 5, 1),
  ('shipment', 'auto', 'EXP-{YYYY}-', 1, 5, 1);

INSERT INTO settings (key, value) VALUES
  ('closing_rule', 'shipped_and_invoiced'),
  ('api_enabled', '0'),
  ('api_port', '8765'),
  ('smtp_host', ''),
  ('smtp_port', '587'),
  ('smtp_security', 'starttls'),
  ('smtp_username', ''),
  ('smtp_ca_file', ''),
  ('sender_name', ''),
  ('sender_address', ''),
  ('template_salesorder_subject', 'Commande {number} — {company}'),
  ('template_salesorder_body',
   'Bonjour,' || char (10) || char (10) ||
   'Veuillez trouver ci-joint notre bon de commande {number} d’un montant de {total} TTC.' ||
   char (10) || char (10) || 'Cordialement,' || char (10) || '{company}'),
  ('template_invoice_subject', 'Facture {number} — {company}'),
  ('template_invoice_body',
   'Bonjour,' || char (10) || char (10) ||
   'Veuillez trouver ci-joint notre facture {number} d’un montant de {total} TTC, ' ||
   'payable au plus tard le {due_date}.' ||
   char (10) || char (10) || 'Cordialement,' || char (10) || '{company}'),
  ('template_creditnote_subject', 'Avoir {number} — {company}'),
  ('template_creditnote_body',
   'Bonjour,' || char (10) || char (10) ||
   'Veuillez trouver ci-joint notre avoir {number} d’un montant de {total} TTC.' ||
   char (10) || char (10) || 'Cordialement,' || char (10) || '{company}');

INSERT INTO row_counts (name) VALUES
  ('customers'), ('items'),
  ('sales_orders'), ('sales_orders:draft'), ('sales_orders:confirmed'),
  ('sales_orders:closed'), ('sales_orders:void'),
  ('invoices'), ('invoices:draft'), ('invoices:issued'), ('invoices:sent'),
  ('invoices:paid'), ('invoices:credited');
