#include "common/OrgNumberField.h"

#include "common/Labels.h"
#include "validation/OrgNumber.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::Literals::StringLiterals;
using Validation::OrgNumber;

OrgNumberField::OrgNumberField(QWidget *parent)
    : OrgNumberField(u"orgNumber"_s, u"orgNameLabel"_s, parent)
{ }

OrgNumberField::OrgNumberField(
    const QString &objectNamePrefix, const QString &nameLabelObjectName, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_message(Labels::fieldMessage(objectNamePrefix + u"Message"_s, this))
    , m_nameLabel(Labels::fieldMessage(nameLabelObjectName, this))
{
    m_edit->setObjectName(objectNamePrefix + u"Edit"_s);
    // Digits and the spaces people type or paste ("991 825 827"); anything else is refused as typed.
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9\\s\\x{00A0}]{0,20}"_s), m_edit));
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFocusProxy(m_edit);
    m_edit->installEventFilter(this);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_nameLabel);

    connect(m_edit, &QLineEdit::textChanged, this, &OrgNumberField::textEdited);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { showProblem(true); });
    retranslateUi();
}

OrgNumberField::~OrgNumberField()
{
    // The edit is this widget's focus proxy: ~QWidget takes the focus from it after this destructor has
    // run, and a QLineEdit that loses focus reports editingFinished — to a field that is half gone.
    QObject::disconnect(m_edit, &QLineEdit::editingFinished, this, nullptr);
}

void OrgNumberField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool OrgNumberField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && m_submitsOnEnter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            showProblem(true);
            Q_EMIT submitted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrgNumberField::retranslateUi()
{
    // A caller may name the field more precisely ("Customer's organisation number"): keep that.
    const QString previousDefault = std::exchange(m_defaultAccessibleName, tr("Organisation number"));
    if (m_edit->accessibleName().isEmpty() || m_edit->accessibleName() == previousDefault)
        m_edit->setAccessibleName(m_defaultAccessibleName);
    m_edit->setPlaceholderText(tr("9 digits, e.g. 991 825 827"));
    // Wide enough for the hint, narrow enough to say "a short number goes here".
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(m_edit->placeholderText()) + 24);
    showProblem(false);
    if (!m_name.isEmpty() && m_nameFor == orgNumber())
        showName(tr("✓ %1").arg(m_name), u"ok"_s);
}

void OrgNumberField::setNameLookup(NameLookup lookup)
{
    m_lookup = std::move(lookup);
    m_pendingFor.clear();
    refreshName();
}

void OrgNumberField::setOrgNumber(const QString &orgNumber, const QString &knownName)
{
    m_filling = true;
    m_edit->setText(orgNumber);
    m_filling = false;
    m_name = knownName;
    m_nameFor = knownName.isEmpty() ? QString() : this->orgNumber();
    m_pendingFor.clear();
    showProblem(false);
    refreshName();
}

QString OrgNumberField::text() const
{
    return m_edit->text();
}

QString OrgNumberField::orgNumber() const
{
    return OrgNumber::normalized(m_edit->text());
}

bool OrgNumberField::isValid() const
{
    return OrgNumber::isValid(orgNumber());
}

QString OrgNumberField::name() const
{
    return m_nameFor == orgNumber() ? m_name : QString();
}

void OrgNumberField::textEdited()
{
    if (m_filling)
        return;
    showProblem(false);
    refreshName();
    Q_EMIT edited();
}

void OrgNumberField::showProblem(bool finishedEditing)
{
    const QString normalized = orgNumber();
    const OrgNumber::Problem problem = OrgNumber::check(normalized);
    // While the number is still being typed, "too short" is not an error yet.
    const bool stillTyping =
        problem == OrgNumber::Problem::WrongLength && normalized.size() < 9 && !finishedEditing;
    if (problem == OrgNumber::Problem::None || problem == OrgNumber::Problem::Empty || stillTyping) {
        Labels::showMessage(m_message, {}, {});
        return;
    }
    Labels::showMessage(m_message, OrgNumber::message(problem), u"error"_s);
}

void OrgNumberField::forgetName()
{
    m_name.clear();
    m_nameFor.clear();
    m_pendingFor.clear();
    refreshName();
}

void OrgNumberField::refreshName()
{
    const QString number = orgNumber();
    if (!OrgNumber::isValid(number)) {
        showName({}, {});
        return;
    }
    if (!m_name.isEmpty() && m_nameFor == number) {
        showName(tr("✓ %1").arg(m_name), u"ok"_s);
        return;
    }
    if (!m_lookup) {
        showName({}, {});
        return;
    }
    if (m_pendingFor == number)
        return; // its answer is on the way
    m_pendingFor = number;
    showName(tr("Looking up the name…"), u"hint"_s);
    QPointer<OrgNumberField> self(this);
    m_lookup(number, this, [self, number](const NameAnswer &answer) {
        if (self)
            self->answered(number, answer);
    });
}

void OrgNumberField::answered(const QString &number, const NameAnswer &answer)
{
    if (m_pendingFor == number)
        m_pendingFor.clear();
    if (number != orgNumber())
        return; // the number changed meanwhile; its own lookup answers
    switch (answer.kind) {
    case NameAnswer::Kind::Found:
        m_name = answer.name;
        m_nameFor = number;
        showName(tr("✓ %1").arg(answer.name), u"ok"_s);
        Q_EMIT nameFound(answer.name);
        return;
    case NameAnswer::Kind::NotFound:
    case NameAnswer::Kind::Failed:
        showName(answer.message, u"warning"_s);
        return;
    case NameAnswer::Kind::Unavailable:
        showName(answer.message, u"hint"_s);
        return;
    }
}

void OrgNumberField::showName(const QString &text, const QString &kind)
{
    Labels::showMessage(m_nameLabel, text, kind);
}
