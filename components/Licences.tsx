import { t } from './i18n';

/** Licences and attribution of the bundled texts and commentaries. */
export function Licences() {
  return (
    <section class="licences" aria-labelledby="licences-heading">
      <h2 id="licences-heading">{t('licences.heading')}</h2>
      {/* The works' titles are English names, and stay so. */}
      <p>
        <strong lang="en">World English Bible (WEB)</strong>: {t('licences.web')}
      </p>
      <p>
        <strong lang="en">King James Version (KJV)</strong>: {t('licences.kjv')}
      </p>
      <h3>{t('licences.commentaries')}</h3>
      <p>
        <strong lang="en">Matthew Henry’s Concise Commentary on the Whole Bible</strong> {t('licences.mhcc')}
      </p>
      <p>
        <strong lang="en">The Treasury of David</strong> {t('licences.tdavid')}
      </p>
      <p>{t('licences.offline')}</p>
    </section>
  );
}
