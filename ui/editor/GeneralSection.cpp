#include "editor/GeneralSection.h"

#include "editor/AccessSection.h"
#include "editor/EditorSupport.h"
#include "editor/IdentitySection.h"
#include "editor/LocalizedTextsEditor.h"
#include "editor/StringListEditor.h"
#include "editor/TextsSection.h"
#include "editor/TouchedFields.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

GeneralSection::GeneralSection(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(u"generalPage"_s);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Its fields take the focus (and scroll into view), not the area itself.
    setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget(this);
    page->setObjectName(u"generalPageContent"_s);
    // Created in reading order: the keyboard focus chain follows creation order.
    m_identity = new IdentitySection(page);
    m_texts = new TextsSection(page);
    m_access = new AccessSection(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(6);
    layout->addWidget(m_identity);
    layout->addSpacing(10);
    layout->addWidget(m_texts);
    layout->addSpacing(10);
    layout->addWidget(m_access);
    layout->addStretch(1);
    setWidget(page);
}

void GeneralSection::showDefinition(
    const Altinn::SystemDefinition &definition, const QString &vendorOrgNumber, const QString &suffix)
{
    m_identity->setVendorOrgNumber(vendorOrgNumber);
    m_identity->setSuffix(suffix);
    m_texts->textsEditor()->setTexts(definition.name, definition.description);
    m_access->clientIdsEditor()->setItems(definition.clientIds);
    m_access->redirectEditor()->setItems(definition.allowedRedirectUrls);
    m_access->visibilityCheckBox()->setChecked(definition.isVisible);
}

void GeneralSection::showFindings(const QList<Validation::Finding> &findings)
{
    using EditorSupport::joinedMessages;
    QList<Validation::Finding> idFindings = Validation::Findings::at(findings, u"/id"_s);
    idFindings += Validation::Findings::at(findings, u"/vendor"_s);
    m_identity->setMessage(joinedMessages(idFindings));
    LocalizedTextsEditor *texts = m_texts->textsEditor();
    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        texts->setMessage(LocalizedTextsEditor::Field::Name, language,
            joinedMessages(Validation::Findings::at(findings, u"/name/"_s + language)));
        texts->setMessage(LocalizedTextsEditor::Field::Description, language,
            joinedMessages(Validation::Findings::at(findings, u"/description/"_s + language)));
    }
    m_access->setMessages(EditorSupport::indexedMessages(findings, u"/clientId"),
        EditorSupport::indexedMessages(findings, u"/allowedRedirectUrls"),
        joinedMessages(Validation::Findings::at(findings, u"/isVisible"_s)));
}

void GeneralSection::trackTouches(TouchedFields *touched)
{
    const auto track = [touched](QWidget *field, const QStringList &paths) {
        touched->watch(field, paths);
        return [touched, field] {
            touched->edited(field);
        };
    };
    QLineEdit *suffix = m_identity->suffixEdit();
    connect(suffix, &QLineEdit::textEdited, touched, track(suffix, {u"/id"_s, u"/vendor"_s}));
    LocalizedTextsEditor *texts = m_texts->textsEditor();
    for (const QString &language : Altinn::LocalizedTexts::requiredLanguages()) {
        auto *name = qobject_cast<QLineEdit *>(texts->input(LocalizedTextsEditor::Field::Name, language));
        connect(name, &QLineEdit::textEdited, touched, track(name, {u"/name/"_s + language}));
        auto *description =
            qobject_cast<QPlainTextEdit *>(texts->input(LocalizedTextsEditor::Field::Description, language));
        // Also when loading; the editor forgets those touches after it loaded a definition.
        connect(description, &QPlainTextEdit::textChanged, touched,
            track(description, {u"/description/"_s + language}));
    }
    connect(m_access, &AccessSection::clientIdsChanged, touched,
        track(m_access->clientIdsEditor(), {u"/clientId"_s}));
    connect(m_access, &AccessSection::redirectUrlsChanged, touched,
        track(m_access->redirectEditor(), {u"/allowedRedirectUrls"_s}));
    connect(m_access, &AccessSection::visibilityToggled, touched,
        [touched] { touched->touch({u"/isVisible"_s}); });
}

bool GeneralSection::focusPath(const QString &path)
{
    static const QRegularExpression pathPattern(u"^/([^/]+)(?:/([^/]+))?"_s);
    const QRegularExpressionMatch match = pathPattern.match(path);
    const QString member = match.captured(1);
    const QString second = match.captured(2);
    if (member == u"id" || member == u"vendor") {
        focusAndShow(m_identity->suffixEdit());
        m_identity->suffixEdit()->selectAll();
    } else if (member == u"name" || member == u"description") {
        LocalizedTextsEditor *texts = m_texts->textsEditor();
        QWidget *input = texts->input(
            member == u"name" ? LocalizedTextsEditor::Field::Name : LocalizedTextsEditor::Field::Description,
            second);
        focusAndShow(input ? input : texts->input(LocalizedTextsEditor::Field::Name, u"nb"_s));
    } else if (member == u"clientId" || member == u"allowedRedirectUrls") {
        StringListEditor *list =
            member == u"clientId" ? m_access->clientIdsEditor() : m_access->redirectEditor();
        bool isNumber = false;
        const int index = second.toInt(&isNumber);
        if (!isNumber || !list->focusItem(index))
            list->setFocus(Qt::OtherFocusReason);
        if (QWidget *focused = QApplication::focusWidget())
            ensureWidgetVisible(focused);
    } else if (member == u"isVisible") {
        focusAndShow(m_access->visibilityCheckBox());
    } else {
        return false;
    }
    return true;
}

void GeneralSection::focusAndShow(QWidget *widget)
{
    widget->setFocus(Qt::OtherFocusReason);
    // The focus proxy (a list's first row) is what has to be scrolled into view.
    ensureWidgetVisible(widget->focusProxy() ? widget->focusProxy() : widget);
}
