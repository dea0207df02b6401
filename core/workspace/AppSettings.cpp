#include "workspace/AppSettings.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const auto LanguageKey = u"ui/language"_s;
} // namespace

AppSettings::AppSettings() = default;

QString AppSettings::language() const
{
    return m_settings.value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(LanguageKey, language);
}

void AppSettings::sync()
{
    m_settings.sync();
}
