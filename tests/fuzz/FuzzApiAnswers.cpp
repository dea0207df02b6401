// libFuzzer target: any answer of the Altinn APIs, read the way the clients read it. The input is a status
// line, headers and the body; it goes through ResponseParsing (object, array, string, done) and, where the
// body is an object or an array, through every model reader the clients hand it to.

#include "FuzzInput.h"
#include "altinn/ApiResponse.h"
#include "altinn/ErrorExplainer.h"
#include "altinn/ResponseParsing.h"
#include "model/AccessPackageRef.h"
#include "model/AccessPackageTree.h"
#include "model/AuthorizedParty.h"
#include "model/ChangeLogEntry.h"
#include "model/ChangeRequest.h"
#include "model/ChangeRequestResponse.h"
#include "model/LocalizedText.h"
#include "model/PagedList.h"
#include "model/Right.h"
#include "model/ServiceResource.h"
#include "model/SystemDefinition.h"
#include "model/SystemListItem.h"
#include "model/SystemUser.h"
#include "model/SystemUserRequest.h"
#include "model/SystemUserRequestResponse.h"
#include "model/UpdateResult.h"

using namespace Qt::Literals::StringLiterals;

namespace {

void readObject(const QJsonObject &object)
{
    using namespace Altinn;
    SystemDefinition::fromJson(object).toRequestJson();
    SystemListItem::fromJson(object).toJson();
    SystemUser::fromJson(object).toJson();
    UpdateResult::fromJson(object).toJson();
    ChangeLogEntry::fromJson(object).toJson();
    ChangeRequest::fromJson(object);
    ChangeRequestResponse::fromJson(object);
    SystemUserRequest::fromJson(object, RequestKind::Standard);
    SystemUserRequest::fromJson(object, RequestKind::Agent);
    SystemUserRequestResponse::fromJson(object, RequestKind::Standard);
    SystemUserRequestResponse::fromJson(object, RequestKind::Agent);
    AccessPackageInfo::fromJson(object).toJson();
    AccessPackageRef::fromJson(object);
    Right::fromJson(object);
    LocalizedTexts::toJson(LocalizedTexts::fromJson(object));
    PagedList<SystemUser>::fromJson(object, SystemUser::fromJson);
    PagedList<SystemUserRequestResponse>::fromJson(object, [](const QJsonObject &item) {
        return SystemUserRequestResponse::fromJson(item, RequestKind::Standard);
    });

    // Documented: what the CLI prints (toJson) reads back the same.
    if (const auto parties = AuthorizedParties::fromJson(object)) {
        const QJsonObject printed = AuthorizedParties::toJson(*parties);
        const auto again = AuthorizedParties::fromJson(printed);
        FUZZ_CHECK(again && AuthorizedParties::toJson(*again) == printed);
    }

    // Documented: "fromJson(toJson()) gives the same resource".
    const QJsonObject resource = ServiceResource::fromJson(object).toJson();
    FUZZ_CHECK(ServiceResource::fromJson(resource).toJson() == resource);
}

void readArray(const QJsonArray &array)
{
    using namespace Altinn;
    AccessPackageTree::fromJson(array).toJson();
    AccessPackageTree::fromSearchHits(array);
    Rights::toJson(Rights::fromJson(array));
    AccessPackageRefs::toJson(AccessPackageRefs::fromJson(array));
    if (const auto parties = AuthorizedParties::fromJson(array))
        AuthorizedParties::toJson(*parties);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzInput::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Altinn;
    const FuzzInput::HttpLike input = FuzzInput::HttpLike::read(FuzzInput::bytes(data, size));
    ApiResponse response;
    response.status = FuzzInput::leadingNumber(input.firstLine, 999);
    response.body = input.body;
    response.headers = input.headers;
    response.attempts = 1;

    const ApiResult<QJsonObject> object = ResponseParsing::object(response);
    if (object.ok())
        readObject(*object.value);
    else
        ErrorExplainer::explain(object.failure);

    const ApiResult<QJsonArray> array = ResponseParsing::array(response);
    if (array.ok())
        readArray(*array.value);
    ResponseParsing::mapArray<SystemListItem>(response, SystemListItem::fromJson);
    ResponseParsing::mapArray<ChangeLogEntry>(response, ChangeLogEntry::fromJson);

    const ApiResult<QString> text = ResponseParsing::string(response);
    const ApiResult<Done> done = ResponseParsing::done(response);
    // A success is a success whatever the body; a failure of one reading is a failure of all of them.
    FUZZ_CHECK(done.ok() == response.isSuccess());
    if (!response.isSuccess())
        FUZZ_CHECK(!object.ok() && !array.ok() && !text.ok());
    return 0;
}
