#include "home/WrappingLabel.h"

namespace {
/// How many widths to remember (the oldest is forgotten first).
constexpr qsizetype RememberedWidths = 8;
} // namespace

WrappingLabel::WrappingLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrappingLabel::Inputs WrappingLabel::currentInputs() const
{
    // No picture or movie among them: a WrappingLabel holds text.
    return {text(), font(), contentsMargins(), margin(), indent(), frameWidth(), alignment(),
        layoutDirection(), textFormat(), textInteractionFlags(), wordWrap(), buddy() != nullptr,
        minimumSize(), maximumSize(), sizePolicy()};
}

void WrappingLabel::forgetIfChanged() const
{
    Inputs inputs = currentInputs();
    if (inputs == m_inputs)
        return;
    m_inputs = std::move(inputs);
    m_sizeHint = {};
    m_minimumSizeHint = {};
    m_heights.clear();
}

QSize WrappingLabel::sizeHint() const
{
    // Polished first: the style sheet may set the font the answer depends on.
    ensurePolished();
    forgetIfChanged();
    if (!m_sizeHint.isValid())
        m_sizeHint = QLabel::sizeHint();
    return m_sizeHint;
}

QSize WrappingLabel::minimumSizeHint() const
{
    ensurePolished();
    forgetIfChanged();
    if (!m_minimumSizeHint.isValid())
        m_minimumSizeHint = QLabel::minimumSizeHint();
    return m_minimumSizeHint;
}

int WrappingLabel::heightForWidth(int width) const
{
    ensurePolished();
    forgetIfChanged();
    for (const auto &[knownWidth, height] : std::as_const(m_heights)) {
        if (knownWidth == width)
            return height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_heights.size() >= RememberedWidths)
        m_heights.erase(m_heights.begin());
    m_heights.append({width, height});
    return height;
}
