/**
 * The editor's script at /admin/: Sveltia CMS from the npm package, bundled by
 * src/admin/editorIntegration.ts. The configuration comes from /admin/config.yml (generated from
 * the content schemas, src/admin/editorConfig.ts), named by the page's `cms-config-url` link.
 */
import CMS from '@sveltia/cms';

CMS.init();
