import type {
  DocumentBlock,
  DocumentFact,
  DocumentModel,
  DocumentSignature,
  TableBlock,
} from '../../main/api/documents/model';
import { documentLabels, isEmptyBlock, tableColumnWeights } from '../../main/api/documents/print';
import '../styles/document-preview.css';

/**
 * A `DocumentModel` as HTML that looks like its printed A4 page: the third renderer of the model,
 * beside the PDF and DOCX ones (main/services/documents/), in the same order and with the same
 * fixed words (`documentLabels`). Only what a print adds per copy is left out: the page numbers
 * and the print date.
 */
export function DocumentPreview({
  document,
  teamName,
  headingLevel = 2,
}: {
  document: DocumentModel;
  teamName: string;
  /** The title's heading level; section headings are one level below. */
  headingLevel?: 2 | 3;
}) {
  const labels = documentLabels[document.language];
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const Heading = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <article className="document-preview" lang={document.language} aria-label={document.title}>
      <div className="document-preview-page">
        <header className="document-preview-header">
          <span className="document-preview-team">{teamName}</span>
          {/* The running title of the printed page: a repeat of the heading below. */}
          <span className="document-preview-running-title" aria-hidden="true">
            {document.title}
          </span>
        </header>

        <Title className="document-preview-title">{document.title}</Title>
        {document.subtitle ? <p className="document-preview-subtitle">{document.subtitle}</p> : null}
        {document.facts.length > 0 ? (
          <FactList facts={document.facts} className="document-preview-facts" />
        ) : null}

        {document.sections.map((section, sectionIndex) => (
          <section key={sectionIndex} className="document-preview-section">
            <Heading className="document-preview-heading">{section.heading}</Heading>
            {section.blocks
              .filter((block) => !isEmptyBlock(block))
              .map((block, blockIndex) => (
                <Block key={blockIndex} block={block} />
              ))}
          </section>
        ))}

        {document.signatures.length > 0 ? (
          <section className="document-preview-section document-preview-signatures">
            <Heading className="document-preview-heading">{labels.signatures}</Heading>
            <div className="document-preview-signature-grid">
              {document.signatures.map((signature, index) => (
                <Signature
                  key={index}
                  signature={signature}
                  dateLabel={labels.date}
                  nameInPrintLabel={labels.nameInPrint}
                />
              ))}
            </div>
          </section>
        ) : null}

        <footer className="document-preview-footer">{labels.confidentiality}</footer>
      </div>
    </article>
  );
}

function FactList({ facts, className }: { facts: DocumentFact[]; className: string }) {
  return (
    <dl className={className}>
      {facts.map((fact, index) => (
        <div key={index} className="document-preview-fact">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.type) {
    case 'paragraph':
      return <p className="document-preview-block document-preview-paragraph">{block.text}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className="document-preview-block document-preview-list">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </List>
      );
    }
    case 'table':
      return <Table block={block} />;
    case 'keyValue':
      return (
        <FactList facts={block.entries} className="document-preview-block document-preview-key-values" />
      );
  }
}

function Table({ block }: { block: TableBlock }) {
  const weights = tableColumnWeights(block);
  return (
    <table className="document-preview-block document-preview-table">
      <colgroup>
        {weights.map((weight, index) => (
          <col key={index} style={{ width: `${(weight * 100).toFixed(2)}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {block.columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {block.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, cellIndex) => (
              <td key={cellIndex}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * One signature, as on paper: who signs above; a short line for the date and a long one to sign
 * on; under them "Datum", and the name in print (or the caption to write it by hand). As in the PDF,
 * a name in print shows without its caption; a screen reader still hears it.
 */
function Signature({
  signature,
  dateLabel,
  nameInPrintLabel,
}: {
  signature: DocumentSignature;
  dateLabel: string;
  nameInPrintLabel: string;
}) {
  return (
    <div className="document-preview-signature">
      <div className="document-preview-signature-label">{signature.label}</div>
      <div className="document-preview-signature-lines">
        <span className="document-preview-signature-line" />
        <span className="document-preview-signature-line" />
        <span className="document-preview-caption">{dateLabel}</span>
        {signature.name ? (
          <span className="document-preview-signature-name">
            <span className="visually-hidden">{nameInPrintLabel}: </span>
            {signature.name}
          </span>
        ) : (
          <span className="document-preview-caption">{nameInPrintLabel}</span>
        )}
      </div>
    </div>
  );
}
