#include "sandbox/HtmlPage.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Colours after Altinn's palette; every text/background pair meets WCAG AA (4.5:1) or better.
const QString StyleSheet = uR"css(
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f5f6; color: #1e2b3c; line-height: 1.5;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: #0057a8; }
a:focus-visible, button:focus-visible { outline: 3px solid #1e2b3c; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }
.topbar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between;
  background: #fff; border-bottom: 1px solid #d3dae2; padding: .75rem 1.25rem; }
.brand { font-weight: 700; font-size: 1.15rem; color: #022f51; letter-spacing: .01em; }
.badge { display: inline-block; margin-left: .5rem; padding: .1rem .55rem; border-radius: 999px;
  background: #fff1c2; color: #5c3b00; font-size: .75rem; font-weight: 700; text-transform: uppercase;
  letter-spacing: .06em; vertical-align: middle; }
.languages { display: flex; gap: .25rem; margin: 0; padding: 0; list-style: none; }
.languages a { display: inline-block; padding: .3rem .6rem; border-radius: 6px; text-decoration: none; }
.languages a[aria-current] { background: #e3edf8; color: #022f51; font-weight: 700; }
main { max-width: 46rem; margin: 2rem auto 1rem; padding: 0 1rem; }
.eyebrow { margin: 0 0 .25rem; color: #4b5563; font-weight: 600; font-size: .9rem;
  text-transform: uppercase; letter-spacing: .06em; }
.pill { display: inline-block; margin-left: .4rem; padding: .05rem .55rem; border-radius: 999px;
  font-size: .75rem; letter-spacing: 0; text-transform: none; vertical-align: 1px; }
.pill.new { background: #e3edf8; color: #00447f; }
.pill.accepted { background: #e6f4ea; color: #14632b; }
.pill.rejected { background: #fdecec; color: #9b1c22; }
h1 { margin: 0 0 .75rem; font-size: 1.75rem; line-height: 1.25; color: #022f51; }
h2 { margin: 0 0 .75rem; font-size: 1.15rem; color: #022f51; }
.lead { font-size: 1.075rem; margin: 0 0 1.25rem; }
.card { background: #fff; border: 1px solid #d3dae2; border-radius: 12px; padding: 1.25rem 1.5rem;
  margin: 0 0 1rem; }
.card > p { margin: 0; }
.facts { display: grid; grid-template-columns: minmax(9rem, max-content) 1fr; gap: .5rem 1.25rem; margin: 0; }
.facts dt { color: #4b5563; font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.muted { color: #4b5563; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .875em;
  background: #f0f3f6; border-radius: 4px; padding: .05rem .3rem; overflow-wrap: anywhere; }
.items { list-style: none; margin: 0; padding: 0; }
.items li { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between;
  gap: .25rem 1rem; padding: .6rem 0; border-top: 1px solid #e5e9ee; }
.items li:first-child { border-top: 0; padding-top: 0; }
.items .name { font-weight: 600; }
.items .kind { display: inline-block; margin-right: .4rem; font-size: .8rem; color: #4b5563; }
.empty { color: #4b5563; margin: 0; }
.card h3.eyebrow { margin: 1.25rem 0 .5rem; }
.card h2 + h3.eyebrow { margin-top: 0; }
.banner { border-left: 5px solid; border-radius: 8px; padding: .85rem 1rem; margin: 0 0 1rem; }
.banner p { margin: 0; }
.banner .banner-title { display: block; }
.banner.info { background: #e8f1fb; border-color: #0062ba; }
.banner.warning { background: #fff4d6; border-color: #a15c00; }
.banner.success { background: #e6f4ea; border-color: #1a7f37; }
.banner.danger { background: #fdecec; border-color: #c0272d; }
.actions { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.5rem 0 .5rem; }
.actions form { margin: 0; }
button { font: inherit; font-weight: 600; min-height: 44px; padding: .7rem 1.6rem; border-radius: 8px;
  cursor: pointer; border: 2px solid #0062ba; }
button.primary { background: #0062ba; color: #fff; }
button.primary:hover { background: #004e96; border-color: #004e96; }
button.secondary { background: #fff; color: #0057a8; }
button.secondary:hover { background: #e8f1fb; }
button.tertiary { background: transparent; color: #0057a8; border-color: transparent; text-decoration: underline; }
button.tertiary:hover { background: #e8f1fb; }
.persons { border: 1px solid #d3dae2; border-radius: 12px; background: #fff; margin: 0 0 1rem;
  padding: 1rem 1.5rem; }
.persons legend { font-weight: 700; color: #022f51; padding: 0 .4rem; }
.person { display: flex; gap: .75rem; align-items: flex-start; padding: .6rem 0; border-top: 1px solid #e5e9ee; }
.person:first-of-type { border-top: 0; }
.person input { width: 1.25rem; height: 1.25rem; margin: .2rem 0 0; flex: none; }
.person label { display: flex; flex-direction: column; cursor: pointer; }
.person .name { font-weight: 600; }
.person .role, .person .can { color: #4b5563; font-size: .95rem; }
.note { font-size: .95rem; color: #4b5563; }
footer { max-width: 46rem; margin: 0 auto 2rem; padding: 1rem; font-size: .875rem; color: #4b5563; }
@media (max-width: 560px) {
  main { margin-top: 1.25rem; }
  h1 { font-size: 1.45rem; }
  .card { padding: 1rem; }
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: .6rem; }
  .actions form, .actions button { width: 100%; }
}
)css"_s;

} // namespace

HtmlPage::HtmlPage(const QString &language, const QString &title)
    : m_language(language)
    , m_title(title)
{ }

QString HtmlPage::escape(QStringView text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar character : text) {
        switch (character.unicode()) {
        case u'&':
            escaped += u"&amp;"_s;
            break;
        case u'<':
            escaped += u"&lt;"_s;
            break;
        case u'>':
            escaped += u"&gt;"_s;
            break;
        case u'"':
            escaped += u"&quot;"_s;
            break;
        case u'\'':
            escaped += u"&#39;"_s;
            break;
        default:
            escaped += character;
        }
    }
    return escaped;
}

QString HtmlPage::toHtml() const
{
    return u"<!DOCTYPE html>\n<html lang=\""_s + escape(m_language)
        + u"\">\n<head>\n<meta charset=\"utf-8\">\n"_s
        + u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s
        + u"<meta name=\"robots\" content=\"noindex\">\n<title>"_s + escape(m_title) + u"</title>\n<style>"_s
        + StyleSheet + u"</style>\n</head>\n<body>\n"_s + m_header + u"\n<main id=\"main\">\n"_s + m_main
        + u"</main>\n"_s + (m_footer.isEmpty() ? QString() : u"<footer>"_s + m_footer + u"</footer>\n"_s)
        + u"</body>\n</html>\n"_s;
}

QByteArray HtmlPage::contentSecurityPolicy()
{
    // No form-action: Chrome applies it to the redirect after a POST, which must reach the vendor's URL.
    return "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; frame-ancestors "
           "'none'";
}

SandboxResponse HtmlPage::response(int status, const HtmlPage &page, const QString &language)
{
    return SandboxResponse::html(status, page.toHtml())
        .withHeader("Content-Language", language.toLatin1())
        .withHeader("Content-Security-Policy", contentSecurityPolicy())
        .withHeader("Cache-Control", "no-store")
        .withHeader("X-Content-Type-Options", "nosniff")
        .withHeader("Referrer-Policy", "no-referrer");
}
