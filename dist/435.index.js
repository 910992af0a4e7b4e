export const id = 435;
export const ids = [435];
export const modules = {

/***/ 16764:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(90402);
const { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(92658);
const { Command: $Command } = __webpack_require__(92658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(47291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(62085);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(93422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(23609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(26890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(97523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(92430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(61279);
const { AwsQueryProtocol } = __webpack_require__(37288);
const { Sha256 } = __webpack_require__(99542);

const defaultIAMHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "iam",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultIAMHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "iam",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1168.0";
var packageInfo = {
	version: version};

const v = "ref", w = "authSchemes", x = "name", y = "signingRegion";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "stringEquals", f = "booleanEquals", g = "getAttr", h = { [v]: "Endpoint" }, i = { "fn": g, "argv": [{ [v]: d }, "name"] }, j = { [v]: d }, k = { [w]: [{ [x]: "sigv4", [y]: "us-east-1" }] }, l = { [w]: [{ [x]: "sigv4", [y]: "cn-north-1" }] }, m = { [w]: [{ [x]: "sigv4", [y]: "us-gov-west-1" }] }, n = { [w]: [{ [x]: "sigv4", [y]: "us-iso-east-1" }] }, o = { [w]: [{ [x]: "sigv4", [y]: "us-isob-east-1" }] }, p = { [w]: [{ [x]: "sigv4", [y]: "eu-isoe-west-1" }] }, q = { [w]: [{ [x]: "sigv4", [y]: "us-isof-south-1" }] }, s = { [w]: [{ [x]: "sigv4", [y]: "eusc-de-east-1" }] }, t = { [w]: [{ [x]: "sigv4", [y]: "{PartitionResult#implicitGlobalRegion}" }] }, u = [{ [v]: "Region" }];
const _data = {
    conditions: [
        [c, [h]],
        [c, u],
        ["aws.partition", u, d],
        [e, [i, "aws"]],
        [e, [i, "aws-cn"]],
        [e, [i, "aws-us-gov"]],
        [e, [i, "aws-iso"]],
        [f, [{ [v]: "UseFIPS" }, b]],
        [f, [{ [v]: "UseDualStack" }, b]],
        [e, [i, "aws-iso-b"]],
        [e, [i, "aws-iso-e"]],
        [e, [i, "aws-iso-f"]],
        [e, [i, "aws-eusc"]],
        [f, [{ fn: g, argv: [j, "supportsDualStack"] }, b]],
        [f, [{ fn: g, argv: [j, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, {}],
        ["https://iam.amazonaws.com", k],
        ["https://iam-fips.amazonaws.com", k],
        ["https://iam.global.api.aws", k],
        ["https://iam-fips.global.api.aws", k],
        ["https://iam.global.api.amazonwebservices.com.cn", l],
        ["https://iam-fips.api.amazonwebservices.com.cn", l],
        ["https://iam.cn-north-1.amazonaws.com.cn", l],
        ["https://iam-fips.amazonaws.com.cn", l],
        ["https://iam.us-gov.api.aws", m],
        ["https://iam.us-gov.amazonaws.com", m],
        ["https://iam.us-iso-east-1.c2s.ic.gov", n],
        ["https://iam-fips.us-iso-east-1.c2s.ic.gov", n],
        ["https://iam.api.aws.ic.gov", n],
        ["https://iam-fips.api.aws.ic.gov", n],
        ["https://iam.us-isob-east-1.sc2s.sgov.gov", o],
        ["https://iam-fips.us-isob-east-1.sc2s.sgov.gov", o],
        ["https://iam.api.aws.scloud", o],
        ["https://iam-fips.api.aws.scloud", o],
        ["https://iam.eu-isoe-west-1.cloud.adc-e.uk", p],
        ["https://iam-fips.cloud.adc-e.uk", p],
        ["https://iam.api.cloud-aws.adc-e.uk", p],
        ["https://iam-fips.api.cloud-aws.adc-e.uk", p],
        ["https://iam.us-isof-south-1.csp.hci.ic.gov", q],
        ["https://iam-fips.csp.hci.ic.gov", q],
        ["https://iam.api.aws.hci.ic.gov", q],
        ["https://iam-fips.api.aws.hci.ic.gov", q],
        ["https://iam.eusc-de-east-1.amazonaws.eu", s],
        ["https://iam-fips.amazonaws.eu", s],
        ["https://iam.global.api.amazonwebservices.eu", s],
        ["https://iam-fips.api.amazonwebservices.eu", s],
        ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://iam-fips.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dualStackDnsSuffix}", t],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://iam.{PartitionResult#implicitGlobalRegion}.{PartitionResult#dnsSuffix}", t],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 42, 3,
    1, 4, r + 41,
    2, 5, r + 41,
    3, 39, 6,
    4, 36, 7,
    5, 35, 8,
    6, 32, 9,
    7, 20, 10,
    8, 15, 11,
    9, r + 18, 12,
    10, r + 22, 13,
    11, r + 26, 14,
    12, r + 30, r + 40,
    9, r + 20, 16,
    10, r + 24, 17,
    11, r + 28, 18,
    12, r + 32, 19,
    13, r + 38, r + 39,
    8, 26, 21,
    9, r + 19, 22,
    10, r + 23, 23,
    11, r + 27, 24,
    12, r + 31, 25,
    14, r + 36, r + 37,
    9, r + 21, 27,
    10, r + 25, 28,
    11, r + 29, 29,
    12, r + 33, 30,
    13, 31, r + 35,
    14, r + 34, r + 35,
    7, 34, 33,
    8, r + 16, r + 14,
    8, r + 17, r + 15,
    8, r + 12, r + 13,
    7, 38, 37,
    8, r + 8, r + 10,
    8, r + 9, r + 11,
    7, 41, 40,
    8, r + 6, r + 4,
    8, r + 7, r + 5,
    7, r + 1, 43,
    8, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class IAMServiceException extends ServiceException {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.iam#IAMServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, IAMServiceException.prototype);
    }
}

class ConcurrentModificationException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#ConcurrentModificationException";
    name = "ConcurrentModificationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ConcurrentModificationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ConcurrentModificationException.prototype);
    }
}
class NoSuchEntityException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#NoSuchEntityException";
    name = "NoSuchEntityException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NoSuchEntityException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NoSuchEntityException.prototype);
    }
}
class ServiceFailureException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#ServiceFailureException";
    name = "ServiceFailureException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "ServiceFailureException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceFailureException.prototype);
    }
}
class AccountNotManagementOrDelegatedAdministratorException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#AccountNotManagementOrDelegatedAdministratorException";
    name = "AccountNotManagementOrDelegatedAdministratorException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "AccountNotManagementOrDelegatedAdministratorException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AccountNotManagementOrDelegatedAdministratorException.prototype);
        this.Message = opts.Message;
    }
}
class EntityAlreadyExistsException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#EntityAlreadyExistsException";
    name = "EntityAlreadyExistsException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "EntityAlreadyExistsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EntityAlreadyExistsException.prototype);
    }
}
class InvalidInputException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#InvalidInputException";
    name = "InvalidInputException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidInputException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidInputException.prototype);
    }
}
class LimitExceededException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#LimitExceededException";
    name = "LimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "LimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, LimitExceededException.prototype);
    }
}
class MalformedPolicyDocumentException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#MalformedPolicyDocumentException";
    name = "MalformedPolicyDocumentException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MalformedPolicyDocumentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MalformedPolicyDocumentException.prototype);
    }
}
class NameConflictException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#NameConflictException";
    name = "NameConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "NameConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NameConflictException.prototype);
    }
}
class RoleModifiedException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#RoleModifiedException";
    name = "RoleModifiedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RoleModifiedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RoleModifiedException.prototype);
    }
}
class RoleTemplateDisabledException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#RoleTemplateDisabledException";
    name = "RoleTemplateDisabledException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "RoleTemplateDisabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RoleTemplateDisabledException.prototype);
    }
}
class UnmodifiableEntityException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#UnmodifiableEntityException";
    name = "UnmodifiableEntityException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnmodifiableEntityException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnmodifiableEntityException.prototype);
    }
}
class PolicyNotAttachableException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#PolicyNotAttachableException";
    name = "PolicyNotAttachableException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PolicyNotAttachableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyNotAttachableException.prototype);
    }
}
class EntityTemporarilyUnmodifiableException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#EntityTemporarilyUnmodifiableException";
    name = "EntityTemporarilyUnmodifiableException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "EntityTemporarilyUnmodifiableException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EntityTemporarilyUnmodifiableException.prototype);
    }
}
class InvalidUserTypeException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#InvalidUserTypeException";
    name = "InvalidUserTypeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidUserTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidUserTypeException.prototype);
    }
}
class PasswordPolicyViolationException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#PasswordPolicyViolationException";
    name = "PasswordPolicyViolationException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "PasswordPolicyViolationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PasswordPolicyViolationException.prototype);
    }
}
class OpenIdIdpCommunicationErrorException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#OpenIdIdpCommunicationErrorException";
    name = "OpenIdIdpCommunicationErrorException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "OpenIdIdpCommunicationErrorException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OpenIdIdpCommunicationErrorException.prototype);
    }
}
class ServiceNotSupportedException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#ServiceNotSupportedException";
    name = "ServiceNotSupportedException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ServiceNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceNotSupportedException.prototype);
    }
}
class DeleteConflictException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#DeleteConflictException";
    name = "DeleteConflictException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DeleteConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DeleteConflictException.prototype);
    }
}
class OrganizationNotFoundException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#OrganizationNotFoundException";
    name = "OrganizationNotFoundException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationNotFoundException.prototype);
        this.Message = opts.Message;
    }
}
class OrganizationNotInAllFeaturesModeException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#OrganizationNotInAllFeaturesModeException";
    name = "OrganizationNotInAllFeaturesModeException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "OrganizationNotInAllFeaturesModeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, OrganizationNotInAllFeaturesModeException.prototype);
        this.Message = opts.Message;
    }
}
class ServiceAccessNotEnabledException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#ServiceAccessNotEnabledException";
    name = "ServiceAccessNotEnabledException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "ServiceAccessNotEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceAccessNotEnabledException.prototype);
        this.Message = opts.Message;
    }
}
class FeatureDisabledException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#FeatureDisabledException";
    name = "FeatureDisabledException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "FeatureDisabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FeatureDisabledException.prototype);
    }
}
class InvalidAuthenticationCodeException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#InvalidAuthenticationCodeException";
    name = "InvalidAuthenticationCodeException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidAuthenticationCodeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidAuthenticationCodeException.prototype);
    }
}
class CallerIsNotManagementAccountException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#CallerIsNotManagementAccountException";
    name = "CallerIsNotManagementAccountException";
    $fault = "client";
    Message;
    constructor(opts) {
        super({
            name: "CallerIsNotManagementAccountException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CallerIsNotManagementAccountException.prototype);
        this.Message = opts.Message;
    }
}
class FeatureEnabledException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#FeatureEnabledException";
    name = "FeatureEnabledException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "FeatureEnabledException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FeatureEnabledException.prototype);
    }
}
class ReportGenerationLimitExceededException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#ReportGenerationLimitExceededException";
    name = "ReportGenerationLimitExceededException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "ReportGenerationLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ReportGenerationLimitExceededException.prototype);
    }
}
class CredentialReportExpiredException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#CredentialReportExpiredException";
    name = "CredentialReportExpiredException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CredentialReportExpiredException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CredentialReportExpiredException.prototype);
    }
}
class CredentialReportNotPresentException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#CredentialReportNotPresentException";
    name = "CredentialReportNotPresentException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CredentialReportNotPresentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CredentialReportNotPresentException.prototype);
    }
}
class CredentialReportNotReadyException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#CredentialReportNotReadyException";
    name = "CredentialReportNotReadyException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "CredentialReportNotReadyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CredentialReportNotReadyException.prototype);
    }
}
class UnrecognizedPublicKeyEncodingException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#UnrecognizedPublicKeyEncodingException";
    name = "UnrecognizedPublicKeyEncodingException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "UnrecognizedPublicKeyEncodingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnrecognizedPublicKeyEncodingException.prototype);
    }
}
class PolicyEvaluationException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#PolicyEvaluationException";
    name = "PolicyEvaluationException";
    $fault = "server";
    constructor(opts) {
        super({
            name: "PolicyEvaluationException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyEvaluationException.prototype);
    }
}
class KeyPairMismatchException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#KeyPairMismatchException";
    name = "KeyPairMismatchException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "KeyPairMismatchException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, KeyPairMismatchException.prototype);
    }
}
class MalformedCertificateException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#MalformedCertificateException";
    name = "MalformedCertificateException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "MalformedCertificateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, MalformedCertificateException.prototype);
    }
}
class DuplicateCertificateException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#DuplicateCertificateException";
    name = "DuplicateCertificateException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DuplicateCertificateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateCertificateException.prototype);
    }
}
class InvalidCertificateException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#InvalidCertificateException";
    name = "InvalidCertificateException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidCertificateException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCertificateException.prototype);
    }
}
class DuplicateSSHPublicKeyException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#DuplicateSSHPublicKeyException";
    name = "DuplicateSSHPublicKeyException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "DuplicateSSHPublicKeyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DuplicateSSHPublicKeyException.prototype);
    }
}
class InvalidPublicKeyException extends IAMServiceException {
    static shapeId = "com.amazonaws.iam#InvalidPublicKeyException";
    name = "InvalidPublicKeyException";
    $fault = "client";
    constructor(opts) {
        super({
            name: "InvalidPublicKeyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidPublicKeyException.prototype);
    }
}

const _A = "Arn";
const _AA = "AccountAlias";
const _AAc = "AccountAliases";
const _ABO = "AllowedByOrganizations";
const _ABPB = "AllowedByPermissionsBoundary";
const _AC = "AuthenticationCode1";
const _ACIDTOIDCP = "AddClientIDToOpenIDConnectProvider";
const _ACIDTOIDCPR = "AddClientIDToOpenIDConnectProviderRequest";
const _ACt = "AttachmentCount";
const _ACu = "AuthenticationCode2";
const _AD = "AccessDetail";
const _ADR = "AcceptDelegationRequest";
const _ADRR = "AcceptDelegationRequestRequest";
const _ADRRs = "AssociateDelegationRequestRequest";
const _ADRs = "AssociateDelegationRequest";
const _ADc = "AccessDetails";
const _AEM = "AssertionEncryptionMode";
const _AGP = "AttachGroupPolicy";
const _AGPR = "AttachGroupPolicyRequest";
const _AI = "ApproverId";
const _AK = "AccessKey";
const _AKI = "AccessKeyId";
const _AKLU = "AccessKeyLastUsed";
const _AKM = "AccessKeyMetadata";
const _AMP = "AttachedManagedPolicies";
const _AN = "AttachmentName";
const _ANMODAE = "AccountNotManagementOrDelegatedAdministratorException";
const _ANc = "ActionNames";
const _ANct = "ActionName";
const _AP = "AttachedPolicy";
const _APB = "AttachedPermissionsBoundary";
const _APK = "AddPrivateKey";
const _APt = "AttachedPolicies";
const _AR = "AcquireRole";
const _ARP = "AttachRolePolicy";
const _ARPD = "AssumeRolePolicyDocument";
const _ARPDT = "AssumeRolePolicyDocumentTemplate";
const _ARPR = "AttachRolePolicyRequest";
const _ARR = "AcquireRoleRequest";
const _ARRc = "AcquireRoleResponse";
const _ARTIP = "AddRoleToInstanceProfile";
const _ARTIPR = "AddRoleToInstanceProfileRequest";
const _AS = "AssignmentStatus";
const _AT = "AttachmentType";
const _AU = "AllUsers";
const _AUP = "AttachUserPolicy";
const _AUPR = "AttachUserPolicyRequest";
const _AUTCP = "AllowUsersToChangePassword";
const _AUTG = "AddUserToGroup";
const _AUTGR = "AddUserToGroupRequest";
const _AWSSN = "AWSServiceName";
const _BD = "BootstrapDatum";
const _BSS = "Base32StringSeed";
const _C = "Code";
const _CA = "CallerArn";
const _CAA = "CreateAccountAlias";
const _CAAR = "CreateAccountAliasRequest";
const _CAD = "CredentialAgeDays";
const _CAK = "CreateAccessKey";
const _CAKR = "CreateAccessKeyRequest";
const _CAKRr = "CreateAccessKeyResponse";
const _CB = "CertificateBody";
const _CC = "CertificateChain";
const _CD = "CreateDate";
const _CDL = "ConsoleDeepLink";
const _CDR = "CreateDelegationRequest";
const _CDRR = "CreateDelegationRequestRequest";
const _CDRRr = "CreateDelegationRequestResponse";
const _CE = "ContextEntry";
const _CELT = "ContextEntryListType";
const _CEo = "ContextEntries";
const _CG = "CreateGroup";
const _CGR = "CreateGroupRequest";
const _CGRr = "CreateGroupResponse";
const _CI = "CertificateId";
const _CID = "ClientID";
const _CIDL = "ClientIDList";
const _CINMAE = "CallerIsNotManagementAccountException";
const _CIP = "CreateInstanceProfile";
const _CIPR = "CreateInstanceProfileRequest";
const _CIPRr = "CreateInstanceProfileResponse";
const _CKN = "ContextKeyName";
const _CKNo = "ContextKeyNames";
const _CKT = "ContextKeyType";
const _CKV = "ContextKeyValues";
const _CLP = "CreateLoginProfile";
const _CLPR = "CreateLoginProfileRequest";
const _CLPRr = "CreateLoginProfileResponse";
const _CME = "ConcurrentModificationException";
const _COIDCP = "CreateOpenIDConnectProvider";
const _COIDCPR = "CreateOpenIDConnectProviderRequest";
const _COIDCPRr = "CreateOpenIDConnectProviderResponse";
const _CP = "ChangePassword";
const _CPR = "ChangePasswordRequest";
const _CPRr = "CreatePolicyRequest";
const _CPRre = "CreatePolicyResponse";
const _CPV = "CreatePolicyVersion";
const _CPVR = "CreatePolicyVersionRequest";
const _CPVRr = "CreatePolicyVersionResponse";
const _CPr = "CreatePolicy";
const _CR = "CreateRole";
const _CREE = "CredentialReportExpiredException";
const _CRNPE = "CredentialReportNotPresentException";
const _CRNRE = "CredentialReportNotReadyException";
const _CRR = "CreateRoleRequest";
const _CRRr = "CreateRoleResponse";
const _CS = "CustomSuffix";
const _CSAMLP = "CreateSAMLProvider";
const _CSAMLPR = "CreateSAMLProviderRequest";
const _CSAMLPRr = "CreateSAMLProviderResponse";
const _CSLR = "CreateServiceLinkedRole";
const _CSLRR = "CreateServiceLinkedRoleRequest";
const _CSLRRr = "CreateServiceLinkedRoleResponse";
const _CSSC = "CreateServiceSpecificCredential";
const _CSSCR = "CreateServiceSpecificCredentialRequest";
const _CSSCRr = "CreateServiceSpecificCredentialResponse";
const _CT = "CreateTimestamp";
const _CU = "CreateUser";
const _CUR = "CreateUserRequest";
const _CURr = "CreateUserResponse";
const _CVMFAD = "CreateVirtualMFADevice";
const _CVMFADR = "CreateVirtualMFADeviceRequest";
const _CVMFADRr = "CreateVirtualMFADeviceResponse";
const _Ce = "Certifications";
const _Cer = "Certificates";
const _Cert = "Certificate";
const _Co = "Content";
const _Col = "Column";
const _D = "Description";
const _DAA = "DeleteAccountAlias";
const _DAAR = "DeleteAccountAliasRequest";
const _DAK = "DeleteAccessKey";
const _DAKR = "DeleteAccessKeyRequest";
const _DAPP = "DeleteAccountPasswordPolicy";
const _DCE = "DeleteConflictException";
const _DCEu = "DuplicateCertificateException";
const _DG = "DeleteGroup";
const _DGP = "DeleteGroupPolicy";
const _DGPR = "DeleteGroupPolicyRequest";
const _DGPRe = "DetachGroupPolicyRequest";
const _DGPe = "DetachGroupPolicy";
const _DGR = "DeleteGroupRequest";
const _DIP = "DeleteInstanceProfile";
const _DIPR = "DeleteInstanceProfileRequest";
const _DLP = "DeleteLoginProfile";
const _DLPR = "DeleteLoginProfileRequest";
const _DMFAD = "DeactivateMFADevice";
const _DMFADR = "DeactivateMFADeviceRequest";
const _DMV = "DefaultMinorVersion";
const _DOIDCP = "DeleteOpenIDConnectProvider";
const _DOIDCPR = "DeleteOpenIDConnectProviderRequest";
const _DORCM = "DisableOrganizationsRootCredentialsManagement";
const _DORCMR = "DisableOrganizationsRootCredentialsManagementRequest";
const _DORCMRi = "DisableOrganizationsRootCredentialsManagementResponse";
const _DORS = "DisableOrganizationsRootSessions";
const _DORSR = "DisableOrganizationsRootSessionsRequest";
const _DORSRi = "DisableOrganizationsRootSessionsResponse";
const _DOWIF = "DisableOutboundWebIdentityFederation";
const _DP = "DelegationPermission";
const _DPC = "DelegationPermissionCheck";
const _DPR = "DeletePolicyRequest";
const _DPV = "DeletePolicyVersion";
const _DPVR = "DeletePolicyVersionRequest";
const _DPe = "DeletePolicy";
const _DR = "DelegationRequest";
const _DRI = "DelegationRequestId";
const _DRP = "DeleteRolePolicy";
const _DRPB = "DeleteRolePermissionsBoundary";
const _DRPBR = "DeleteRolePermissionsBoundaryRequest";
const _DRPR = "DeleteRolePolicyRequest";
const _DRPRe = "DetachRolePolicyRequest";
const _DRPe = "DetachRolePolicy";
const _DRR = "DeleteRoleRequest";
const _DRe = "DelegationRequests";
const _DRel = "DeleteRole";
const _DSAMLP = "DeleteSAMLProvider";
const _DSAMLPR = "DeleteSAMLProviderRequest";
const _DSC = "DeleteServerCertificate";
const _DSCR = "DeleteServerCertificateRequest";
const _DSCRe = "DeleteSigningCertificateRequest";
const _DSCe = "DeleteSigningCertificate";
const _DSLR = "DeleteServiceLinkedRole";
const _DSLRR = "DeleteServiceLinkedRoleRequest";
const _DSLRRe = "DeleteServiceLinkedRoleResponse";
const _DSSC = "DeleteServiceSpecificCredential";
const _DSSCR = "DeleteServiceSpecificCredentialRequest";
const _DSSHPK = "DeleteSSHPublicKey";
const _DSSHPKE = "DuplicateSSHPublicKeyException";
const _DSSHPKR = "DeleteSSHPublicKeyRequest";
const _DTFRT = "DeletionTaskFailureReasonType";
const _DTI = "DeletionTaskId";
const _DU = "DeleteUser";
const _DUP = "DeleteUserPolicy";
const _DUPB = "DeleteUserPermissionsBoundary";
const _DUPBR = "DeleteUserPermissionsBoundaryRequest";
const _DUPR = "DeleteUserPolicyRequest";
const _DUPRe = "DetachUserPolicyRequest";
const _DUPe = "DetachUserPolicy";
const _DUR = "DeleteUserRequest";
const _DV = "DefaultValue";
const _DVI = "DefaultVersionId";
const _DVMFAD = "DeleteVirtualMFADevice";
const _DVMFADR = "DeleteVirtualMFADeviceRequest";
const _Do = "Document";
const _E = "Error";
const _EA = "EntityArn";
const _EAEE = "EntityAlreadyExistsException";
const _EAN = "EvalActionName";
const _ED = "EntityDetails";
const _EDD = "EvalDecisionDetails";
const _EDL = "EntityDetailsList";
const _EDn = "EnableDate";
const _EDr = "ErrorDetails";
const _EDv = "EvalDecision";
const _EDx = "ExpirationDate";
const _EF = "EnabledFeatures";
const _EFn = "EntityFilter";
const _EI = "EntityInfo";
const _EMFAD = "EnableMFADevice";
const _EMFADR = "EnableMFADeviceRequest";
const _EN = "EntityName";
const _EORCM = "EnableOrganizationsRootCredentialsManagement";
const _EORCMR = "EnableOrganizationsRootCredentialsManagementRequest";
const _EORCMRn = "EnableOrganizationsRootCredentialsManagementResponse";
const _EORS = "EnableOrganizationsRootSessions";
const _EORSR = "EnableOrganizationsRootSessionsRequest";
const _EORSRn = "EnableOrganizationsRootSessionsResponse";
const _EOWIF = "EnableOutboundWebIdentityFederation";
const _EOWIFR = "EnableOutboundWebIdentityFederationResponse";
const _EP = "EntityPath";
const _EPn = "EndPosition";
const _EPx = "ExpirePasswords";
const _ER = "EvaluationResult";
const _ERD = "EvalResourceDecision";
const _ERLT = "EvaluationResultsListType";
const _ERN = "EvalResourceName";
const _ERv = "EvaluationResults";
const _ET = "ExpirationTime";
const _ETUE = "EntityTemporarilyUnmodifiableException";
const _ETn = "EntityType";
const _En = "Encoding";
const _Ena = "Enabled";
const _Ex = "Expiration";
const _F = "Filter";
const _FDE = "FeatureDisabledException";
const _FEE = "FeatureEnabledException";
const _Fi = "Fingerprint";
const _G = "Group";
const _GAAD = "GetAccountAuthorizationDetails";
const _GAADR = "GetAccountAuthorizationDetailsRequest";
const _GAADRe = "GetAccountAuthorizationDetailsResponse";
const _GAKLU = "GetAccessKeyLastUsed";
const _GAKLUR = "GetAccessKeyLastUsedRequest";
const _GAKLURe = "GetAccessKeyLastUsedResponse";
const _GAP = "GetAccountProperties";
const _GAPP = "GetAccountPasswordPolicy";
const _GAPPR = "GetAccountPasswordPolicyResponse";
const _GAPR = "GetAccountPropertiesRequest";
const _GAPRe = "GetAccountPropertiesResponse";
const _GAS = "GetAccountSummary";
const _GASR = "GetAccountSummaryResponse";
const _GCKFCP = "GetContextKeysForCustomPolicy";
const _GCKFCPR = "GetContextKeysForCustomPolicyRequest";
const _GCKFPP = "GetContextKeysForPrincipalPolicy";
const _GCKFPPR = "GetContextKeysForPrincipalPolicyRequest";
const _GCKFPR = "GetContextKeysForPolicyResponse";
const _GCR = "GenerateCredentialReport";
const _GCRR = "GenerateCredentialReportResponse";
const _GCRRe = "GetCredentialReportResponse";
const _GCRe = "GetCredentialReport";
const _GD = "GroupDetail";
const _GDL = "GroupDetailList";
const _GDR = "GetDelegationRequest";
const _GDRR = "GetDelegationRequestRequest";
const _GDRRe = "GetDelegationRequestResponse";
const _GETV = "GlobalEndpointTokenVersion";
const _GG = "GetGroup";
const _GGP = "GetGroupPolicy";
const _GGPR = "GetGroupPolicyRequest";
const _GGPRe = "GetGroupPolicyResponse";
const _GGR = "GetGroupRequest";
const _GGRe = "GetGroupResponse";
const _GHRS = "GetHumanReadableSummary";
const _GHRSR = "GetHumanReadableSummaryRequest";
const _GHRSRe = "GetHumanReadableSummaryResponse";
const _GI = "GroupId";
const _GIP = "GetInstanceProfile";
const _GIPR = "GetInstanceProfileRequest";
const _GIPRe = "GetInstanceProfileResponse";
const _GL = "GroupList";
const _GLP = "GetLoginProfile";
const _GLPR = "GetLoginProfileRequest";
const _GLPRe = "GetLoginProfileResponse";
const _GMFAD = "GetMFADevice";
const _GMFADR = "GetMFADeviceRequest";
const _GMFADRe = "GetMFADeviceResponse";
const _GN = "GroupName";
const _GOAR = "GenerateOrganizationsAccessReport";
const _GOARR = "GenerateOrganizationsAccessReportRequest";
const _GOARRe = "GenerateOrganizationsAccessReportResponse";
const _GOARRet = "GetOrganizationsAccessReportRequest";
const _GOARRetr = "GetOrganizationsAccessReportResponse";
const _GOARe = "GetOrganizationsAccessReport";
const _GOIDCP = "GetOpenIDConnectProvider";
const _GOIDCPR = "GetOpenIDConnectProviderRequest";
const _GOIDCPRe = "GetOpenIDConnectProviderResponse";
const _GOWIFI = "GetOutboundWebIdentityFederationInfo";
const _GOWIFIR = "GetOutboundWebIdentityFederationInfoResponse";
const _GP = "GetPolicy";
const _GPL = "GroupPolicyList";
const _GPR = "GetPolicyRequest";
const _GPRe = "GetPolicyResponse";
const _GPV = "GetPolicyVersion";
const _GPVR = "GetPolicyVersionRequest";
const _GPVRe = "GetPolicyVersionResponse";
const _GR = "GetRole";
const _GRP = "GetRolePolicy";
const _GRPR = "GetRolePolicyRequest";
const _GRPRe = "GetRolePolicyResponse";
const _GRR = "GetRoleRequest";
const _GRRe = "GetRoleResponse";
const _GRTV = "GetRoleTemplateVersion";
const _GRTVR = "GetRoleTemplateVersionRequest";
const _GRTVRe = "GetRoleTemplateVersionResponse";
const _GSAMLP = "GetSAMLProvider";
const _GSAMLPR = "GetSAMLProviderRequest";
const _GSAMLPRe = "GetSAMLProviderResponse";
const _GSC = "GetServerCertificate";
const _GSCR = "GetServerCertificateRequest";
const _GSCRe = "GetServerCertificateResponse";
const _GSLAD = "GenerateServiceLastAccessedDetails";
const _GSLADR = "GenerateServiceLastAccessedDetailsRequest";
const _GSLADRe = "GenerateServiceLastAccessedDetailsResponse";
const _GSLADRet = "GetServiceLastAccessedDetailsRequest";
const _GSLADRete = "GetServiceLastAccessedDetailsResponse";
const _GSLADWE = "GetServiceLastAccessedDetailsWithEntities";
const _GSLADWER = "GetServiceLastAccessedDetailsWithEntitiesRequest";
const _GSLADWERe = "GetServiceLastAccessedDetailsWithEntitiesResponse";
const _GSLADe = "GetServiceLastAccessedDetails";
const _GSLRDS = "GetServiceLinkedRoleDeletionStatus";
const _GSLRDSR = "GetServiceLinkedRoleDeletionStatusRequest";
const _GSLRDSRe = "GetServiceLinkedRoleDeletionStatusResponse";
const _GSSHPK = "GetSSHPublicKey";
const _GSSHPKR = "GetSSHPublicKeyRequest";
const _GSSHPKRe = "GetSSHPublicKeyResponse";
const _GT = "GeneratedTime";
const _GU = "GetUser";
const _GUP = "GetUserPolicy";
const _GUPR = "GetUserPolicyRequest";
const _GUPRe = "GetUserPolicyResponse";
const _GUR = "GetUserRequest";
const _GURe = "GetUserResponse";
const _Gr = "Granularity";
const _Gro = "Groups";
const _HE = "HardExpiry";
const _I = "Id";
const _IA = "IsAttachable";
const _IACE = "InvalidAuthenticationCodeException";
const _ICE = "InvalidCertificateException";
const _IDV = "IsDefaultVersion";
const _II = "IssuerIdentifier";
const _IIE = "InvalidInputException";
const _IP = "InstanceProfile";
const _IPI = "InstanceProfileId";
const _IPIT = "InlinePolicyIdentifierType";
const _IPIn = "InlinePolicyIdentifier";
const _IPKE = "InvalidPublicKeyException";
const _IPL = "InstanceProfileList";
const _IPN = "InstanceProfileName";
const _IPT = "InlinePolicyTemplates";
const _IPn = "InlinePolicy";
const _IPns = "InstanceProfiles";
const _IR = "IsRequired";
const _IT = "IsTruncated";
const _IUTE = "InvalidUserTypeException";
const _Im = "Immutable";
const _JCD = "JobCreationDate";
const _JCDo = "JobCompletionDate";
const _JI = "JobId";
const _JS = "JobStatus";
const _JT = "JobType";
const _JVE = "JwtVendingEnabled";
const _K = "Key";
const _KI = "KeyId";
const _KPME = "KeyPairMismatchException";
const _L = "Locale";
const _LA = "LastAuthenticated";
const _LAA = "ListAccountAliases";
const _LAAR = "ListAccountAliasesRequest";
const _LAARi = "ListAccountAliasesResponse";
const _LAE = "LastAuthenticatedEntity";
const _LAEa = "LastAccessedEntity";
const _LAGP = "ListAttachedGroupPolicies";
const _LAGPR = "ListAttachedGroupPoliciesRequest";
const _LAGPRi = "ListAttachedGroupPoliciesResponse";
const _LAK = "ListAccessKeys";
const _LAKR = "ListAccessKeysRequest";
const _LAKRi = "ListAccessKeysResponse";
const _LAR = "LastAuthenticatedRegion";
const _LARP = "ListAttachedRolePolicies";
const _LARPR = "ListAttachedRolePoliciesRequest";
const _LARPRi = "ListAttachedRolePoliciesResponse";
const _LARa = "LastAccessedRegion";
const _LAT = "LastAuthenticatedTime";
const _LATa = "LastAccessedTime";
const _LAUP = "ListAttachedUserPolicies";
const _LAUPR = "ListAttachedUserPoliciesRequest";
const _LAUPRi = "ListAttachedUserPoliciesResponse";
const _LDR = "ListDelegationRequests";
const _LDRR = "ListDelegationRequestsRequest";
const _LDRRi = "ListDelegationRequestsResponse";
const _LEE = "LimitExceededException";
const _LEFP = "ListEntitiesForPolicy";
const _LEFPR = "ListEntitiesForPolicyRequest";
const _LEFPRi = "ListEntitiesForPolicyResponse";
const _LG = "ListGroups";
const _LGFU = "ListGroupsForUser";
const _LGFUR = "ListGroupsForUserRequest";
const _LGFURi = "ListGroupsForUserResponse";
const _LGP = "ListGroupPolicies";
const _LGPR = "ListGroupPoliciesRequest";
const _LGPRi = "ListGroupPoliciesResponse";
const _LGR = "ListGroupsRequest";
const _LGRi = "ListGroupsResponse";
const _LIP = "ListInstanceProfiles";
const _LIPFR = "ListInstanceProfilesForRole";
const _LIPFRR = "ListInstanceProfilesForRoleRequest";
const _LIPFRRi = "ListInstanceProfilesForRoleResponse";
const _LIPR = "ListInstanceProfilesRequest";
const _LIPRi = "ListInstanceProfilesResponse";
const _LIPT = "ListInstanceProfileTags";
const _LIPTR = "ListInstanceProfileTagsRequest";
const _LIPTRi = "ListInstanceProfileTagsResponse";
const _LMFAD = "ListMFADevices";
const _LMFADR = "ListMFADevicesRequest";
const _LMFADRi = "ListMFADevicesResponse";
const _LMFADT = "ListMFADeviceTags";
const _LMFADTR = "ListMFADeviceTagsRequest";
const _LMFADTRi = "ListMFADeviceTagsResponse";
const _LOF = "ListOrganizationsFeatures";
const _LOFR = "ListOrganizationsFeaturesRequest";
const _LOFRi = "ListOrganizationsFeaturesResponse";
const _LOIDCP = "ListOpenIDConnectProviders";
const _LOIDCPR = "ListOpenIDConnectProvidersRequest";
const _LOIDCPRi = "ListOpenIDConnectProvidersResponse";
const _LOIDCPT = "ListOpenIDConnectProviderTags";
const _LOIDCPTR = "ListOpenIDConnectProviderTagsRequest";
const _LOIDCPTRi = "ListOpenIDConnectProviderTagsResponse";
const _LP = "LoginProfile";
const _LPGSA = "ListPoliciesGrantingServiceAccess";
const _LPGSAE = "ListPoliciesGrantingServiceAccessEntry";
const _LPGSAR = "ListPoliciesGrantingServiceAccessRequest";
const _LPGSARi = "ListPoliciesGrantingServiceAccessResponse";
const _LPR = "ListPoliciesRequest";
const _LPRi = "ListPoliciesResponse";
const _LPT = "ListPolicyTags";
const _LPTR = "ListPolicyTagsRequest";
const _LPTRi = "ListPolicyTagsResponse";
const _LPV = "ListPolicyVersions";
const _LPVR = "ListPolicyVersionsRequest";
const _LPVRi = "ListPolicyVersionsResponse";
const _LPi = "ListPolicies";
const _LR = "ListRoles";
const _LRP = "ListRolePolicies";
const _LRPR = "ListRolePoliciesRequest";
const _LRPRi = "ListRolePoliciesResponse";
const _LRR = "ListRolesRequest";
const _LRRi = "ListRolesResponse";
const _LRT = "ListRoleTags";
const _LRTR = "ListRoleTagsRequest";
const _LRTRi = "ListRoleTagsResponse";
const _LSAMLP = "ListSAMLProviders";
const _LSAMLPR = "ListSAMLProvidersRequest";
const _LSAMLPRi = "ListSAMLProvidersResponse";
const _LSAMLPT = "ListSAMLProviderTags";
const _LSAMLPTR = "ListSAMLProviderTagsRequest";
const _LSAMLPTRi = "ListSAMLProviderTagsResponse";
const _LSC = "ListServerCertificates";
const _LSCR = "ListServerCertificatesRequest";
const _LSCRi = "ListServerCertificatesResponse";
const _LSCRis = "ListSigningCertificatesRequest";
const _LSCRist = "ListSigningCertificatesResponse";
const _LSCT = "ListServerCertificateTags";
const _LSCTR = "ListServerCertificateTagsRequest";
const _LSCTRi = "ListServerCertificateTagsResponse";
const _LSCi = "ListSigningCertificates";
const _LSSC = "ListServiceSpecificCredentials";
const _LSSCR = "ListServiceSpecificCredentialsRequest";
const _LSSCRi = "ListServiceSpecificCredentialsResponse";
const _LSSHPK = "ListSSHPublicKeys";
const _LSSHPKR = "ListSSHPublicKeysRequest";
const _LSSHPKRi = "ListSSHPublicKeysResponse";
const _LU = "ListUsers";
const _LUD = "LastUsedDate";
const _LUP = "ListUserPolicies";
const _LUPR = "ListUserPoliciesRequest";
const _LUPRi = "ListUserPoliciesResponse";
const _LUR = "ListUsersRequest";
const _LURi = "ListUsersResponse";
const _LUT = "ListUserTags";
const _LUTR = "ListUserTagsRequest";
const _LUTRi = "ListUserTagsResponse";
const _LVMFAD = "ListVirtualMFADevices";
const _LVMFADR = "ListVirtualMFADevicesRequest";
const _LVMFADRi = "ListVirtualMFADevicesResponse";
const _Li = "Line";
const _M = "Message";
const _MBT = "ManagedByType";
const _MBV = "ManagedByValue";
const _MCE = "MalformedCertificateException";
const _MCV = "MissingContextValues";
const _MFAD = "MFADevices";
const _MFADe = "MFADevice";
const _MI = "MaxItems";
const _MPA = "MaxPasswordAge";
const _MPAa = "ManagedPolicyArns";
const _MPD = "ManagedPolicyDetail";
const _MPDE = "MalformedPolicyDocumentException";
const _MPDLT = "ManagedPolicyDetailListType";
const _MPL = "MinimumPasswordLength";
const _MS = "MatchedStatements";
const _MSD = "MaxSessionDuration";
const _MV = "MinorVersion";
const _MVa = "MajorVersion";
const _Ma = "Marker";
const _N = "Name";
const _NC = "NotificationChannel";
const _NCE = "NameConflictException";
const _NGN = "NewGroupName";
const _NOSA = "NumberOfServicesAccessible";
const _NOSNA = "NumberOfServicesNotAccessed";
const _NP = "NewPassword";
const _NPe = "NewPath";
const _NSCN = "NewServerCertificateName";
const _NSEE = "NoSuchEntityException";
const _NUN = "NewUserName";
const _No = "Notes";
const _OA = "OnlyAttached";
const _OAI = "OwnerAccountId";
const _ODD = "OrganizationsDecisionDetail";
const _OI = "OwnerId";
const _OIDCPA = "OpenIDConnectProviderArn";
const _OIDCPL = "OpenIDConnectProviderList";
const _OIDCPLE = "OpenIDConnectProviderListEntry";
const _OIDCPLT = "OpenIDConnectProviderListType";
const _OIICEE = "OpenIdIdpCommunicationErrorException";
const _OIr = "OrganizationId";
const _ONFE = "OrganizationNotFoundException";
const _ONIAFME = "OrganizationNotInAllFeaturesModeException";
const _OOPIL = "OrderedOrganizationPolicyInputList";
const _OOPT = "OrderedOrganizationPolicyType";
const _OP = "OldPassword";
const _OPI = "OrganizationsPolicyId";
const _OPLT = "OrganizationPolicyListType";
const _OSBO = "OnlySendByOwner";
const _P = "Permissions";
const _PA = "PolicyArn";
const _PAP = "PutAccountProperties";
const _PAPR = "PutAccountPropertiesRequest";
const _PAPRu = "PutAccountPropertiesResponse";
const _PB = "PermissionsBoundary";
const _PBA = "PermissionsBoundaryArn";
const _PBAe = "PermissionBoundaryArn";
const _PBDD = "PermissionsBoundaryDecisionDetail";
const _PBPIL = "PermissionsBoundaryPolicyInputList";
const _PBT = "PermissionsBoundaryType";
const _PBUC = "PermissionsBoundaryUsageCount";
const _PCR = "PermissionCheckResult";
const _PCS = "PermissionCheckStatus";
const _PD = "PolicyDocument";
const _PDa = "ParameterDefinition";
const _PDar = "ParametersDefinition";
const _PDo = "PolicyDetail";
const _PEE = "PolicyEvaluationException";
const _PEL = "PolicyExclusionList";
const _PELT = "PolicyExclusionsListType";
const _PG = "PolicyGroups";
const _PGLT = "PolicyGroupListType";
const _PGP = "PutGroupPolicy";
const _PGPR = "PutGroupPolicyRequest";
const _PGSA = "PoliciesGrantingServiceAccess";
const _PGSAo = "PolicyGrantingServiceAccess";
const _PGo = "PolicyGroup";
const _PI = "PolicyId";
const _PIL = "PolicyInputList";
const _PIo = "PolicyIdentifier";
const _PK = "PrivateKey";
const _PKL = "PrivateKeyList";
const _PLU = "PasswordLastUsed";
const _PN = "PolicyName";
const _PNAE = "PolicyNotAttachableException";
const _PNo = "PolicyNames";
const _PP = "PermissionPolicy";
const _PPVE = "PasswordPolicyViolationException";
const _PPa = "PasswordPolicy";
const _PPat = "PathPrefix";
const _PPo = "PolicyParameter";
const _PR = "PolicyRoles";
const _PRLT = "PolicyRoleListType";
const _PRP = "PasswordReusePrevention";
const _PRPB = "PutRolePermissionsBoundary";
const _PRPBR = "PutRolePermissionsBoundaryRequest";
const _PRPR = "PutRolePolicyRequest";
const _PRPu = "PutRolePolicy";
const _PRR = "PasswordResetRequired";
const _PRo = "PolicyRole";
const _PSA = "PolicySourceArn";
const _PT = "PolicyType";
const _PTA = "PolicyTemplateArn";
const _PU = "PolicyUsers";
const _PUF = "PolicyUsageFilter";
const _PULT = "PolicyUserListType";
const _PUP = "PutUserPolicy";
const _PUPB = "PutUserPermissionsBoundary";
const _PUPBR = "PutUserPermissionsBoundaryRequest";
const _PUPR = "PutUserPolicyRequest";
const _PUo = "PolicyUser";
const _PV = "PolicyVersion";
const _PVL = "PolicyVersionList";
const _Pa = "Path";
const _Par = "Parameters";
const _Pas = "Password";
const _Po = "Policy";
const _Pol = "Policies";
const _Pos = "Position";
const _Pr = "Properties";
const _QRCPNG = "QRCodePNG";
const _R = "Region";
const _RA = "ResourceArns";
const _RCIDFOIDCP = "RemoveClientIDFromOpenIDConnectProvider";
const _RCIDFOIDCPR = "RemoveClientIDFromOpenIDConnectProviderRequest";
const _RD = "RoleDetail";
const _RDL = "RoleDetailList";
const _RDP = "RoleDescriptionPattern";
const _RDR = "RejectDelegationRequest";
const _RDRR = "RejectDelegationRequestRequest";
const _RF = "ReportFormat";
const _RGLEE = "ReportGenerationLimitExceededException";
const _RHO = "ResourceHandlingOption";
const _RI = "RequestorId";
const _RIo = "RoleId";
const _RLC = "RequireLowercaseCharacters";
const _RLU = "RoleLastUsed";
const _RM = "RequestMessage";
const _RME = "RoleModifiedException";
const _RMFAD = "ResyncMFADevice";
const _RMFADR = "ResyncMFADeviceRequest";
const _RN = "RoleName";
const _RNP = "RoleNamePattern";
const _RNe = "RequestorName";
const _RNeq = "RequireNumbers";
const _RO = "ResourceOwner";
const _RP = "ResourcePolicy";
const _RPK = "RemovePrivateKey";
const _RPL = "RolePolicyList";
const _RPP = "RolePathPattern";
const _RPRA = "RolePermissionRestrictionArns";
const _RR = "RejectionReason";
const _RRFIP = "RemoveRoleFromInstanceProfile";
const _RRFIPR = "RemoveRoleFromInstanceProfileRequest";
const _RS = "RequireSymbols";
const _RSR = "ResourceSpecificResults";
const _RSRLT = "ResourceSpecificResultListType";
const _RSRe = "ResourceSpecificResult";
const _RSSC = "ResetServiceSpecificCredential";
const _RSSCR = "ResetServiceSpecificCredentialRequest";
const _RSSCRe = "ResetServiceSpecificCredentialResponse";
const _RTDE = "RoleTemplateDisabledException";
const _RTT = "RoleTagsTemplate";
const _RTV = "RoleTemplateVersion";
const _RU = "RedirectUrl";
const _RUC = "RequireUppercaseCharacters";
const _RUFG = "RemoveUserFromGroup";
const _RUFGR = "RemoveUserFromGroupRequest";
const _RUL = "RoleUsageList";
const _RULT = "RoleUsageListType";
const _RUT = "RoleUsageType";
const _RV = "ReplacementValues";
const _RVE = "ReplacementValueEntry";
const _RWI = "RequestorWorkflowId";
const _Re = "Reason";
const _Res = "Resources";
const _Ro = "Role";
const _Rol = "Roles";
const _S = "Status";
const _SAD = "SetAsDefault";
const _SAK = "SecretAccessKey";
const _SAMLMD = "SAMLMetadataDocument";
const _SAMLPA = "SAMLProviderArn";
const _SAMLPK = "SAMLPrivateKey";
const _SAMLPL = "SAMLProviderList";
const _SAMLPLE = "SAMLProviderListEntry";
const _SAMLPLT = "SAMLProviderListType";
const _SAMLPUUID = "SAMLProviderUUID";
const _SANEE = "ServiceAccessNotEnabledException";
const _SC = "SummaryContent";
const _SCA = "ServiceCredentialAlias";
const _SCI = "ServerCertificateId";
const _SCM = "ServerCertificateMetadata";
const _SCML = "ServerCertificateMetadataList";
const _SCN = "ServerCertificateName";
const _SCP = "SimulateCustomPolicy";
const _SCPIL = "ServiceControlPolicyInputList";
const _SCPR = "SimulateCustomPolicyRequest";
const _SCS = "ServiceCredentialSecret";
const _SCe = "ServerCertificate";
const _SCi = "SigningCertificate";
const _SD = "SessionDuration";
const _SDPV = "SetDefaultPolicyVersion";
const _SDPVR = "SetDefaultPolicyVersionRequest";
const _SDT = "SendDelegationToken";
const _SDTR = "SendDelegationTokenRequest";
const _SFE = "ServiceFailureException";
const _SK = "SortKey";
const _SLA = "ServicesLastAccessed";
const _SLAe = "ServiceLastAccessed";
const _SLT = "StatementListType";
const _SM = "SummaryMap";
const _SN = "ServiceName";
const _SNSE = "ServiceNotSupportedException";
const _SNe = "ServiceNamespace";
const _SNer = "SerialNumber";
const _SNerv = "ServiceNamespaces";
const _SP = "ServicePassword";
const _SPI = "SourcePolicyId";
const _SPP = "SimulatePrincipalPolicy";
const _SPPR = "SimulatePrincipalPolicyRequest";
const _SPR = "SimulatePolicyResponse";
const _SPT = "SourcePolicyType";
const _SPt = "StartPosition";
const _SRT = "SourceRoleTemplate";
const _SS = "SummaryState";
const _SSC = "ServiceSpecificCredential";
const _SSCI = "ServiceSpecificCredentialId";
const _SSCLT = "ServiceSpecificCredentialsListType";
const _SSCM = "ServiceSpecificCredentialMetadata";
const _SSCe = "ServiceSpecificCredentials";
const _SSHPK = "SSHPublicKey";
const _SSHPKB = "SSHPublicKeyBody";
const _SSHPKI = "SSHPublicKeyId";
const _SSHPKLT = "SSHPublicKeyListType";
const _SSHPKM = "SSHPublicKeyMetadata";
const _SSHPKu = "SSHPublicKeys";
const _SSTSP = "SetSecurityTokenServicePreferences";
const _SSTSPR = "SetSecurityTokenServicePreferencesRequest";
const _ST = "SubType";
const _SUN = "ServiceUserName";
const _Sc = "Scope";
const _St = "State";
const _Sta = "Statement";
const _T = "Tags";
const _TA = "TemplateArn";
const _TAE = "TotalAuthenticatedEntities";
const _TALA = "TrackedActionsLastAccessed";
const _TALAr = "TrackedActionLastAccessed";
const _TIP = "TagInstanceProfile";
const _TIPR = "TagInstanceProfileRequest";
const _TK = "TagKeys";
const _TL = "ThumbprintList";
const _TMFAD = "TagMFADevice";
const _TMFADR = "TagMFADeviceRequest";
const _TMV = "TemplateMinorVersion";
const _TN = "TemplateName";
const _TOIDCP = "TagOpenIDConnectProvider";
const _TOIDCPR = "TagOpenIDConnectProviderRequest";
const _TP = "TagPolicy";
const _TPR = "TagPolicyRequest";
const _TR = "TagRole";
const _TRR = "TagRoleRequest";
const _TSAMLP = "TagSAMLProvider";
const _TSAMLPR = "TagSAMLProviderRequest";
const _TSC = "TagServerCertificate";
const _TSCR = "TagServerCertificateRequest";
const _TT = "TagTemplate";
const _TU = "TagUser";
const _TUR = "TagUserRequest";
const _TVI = "TemplateVersionId";
const _Ta = "Tag";
const _Ti = "Timestamp";
const _Ty = "Type";
const _U = "Url";
const _UAK = "UpdateAccessKey";
const _UAKR = "UpdateAccessKeyRequest";
const _UAPP = "UpdateAccountPasswordPolicy";
const _UAPPR = "UpdateAccountPasswordPolicyRequest";
const _UARP = "UpdateAssumeRolePolicy";
const _UARPR = "UpdateAssumeRolePolicyRequest";
const _UD = "UpdateDate";
const _UDL = "UserDetailList";
const _UDR = "UpdateDelegationRequest";
const _UDRR = "UpdateDelegationRequestRequest";
const _UDp = "UploadDate";
const _UDs = "UserDetail";
const _UEE = "UnmodifiableEntityException";
const _UG = "UpdateGroup";
const _UGR = "UpdateGroupRequest";
const _UI = "UserId";
const _UIP = "UntagInstanceProfile";
const _UIPR = "UntagInstanceProfileRequest";
const _ULP = "UpdateLoginProfile";
const _ULPR = "UpdateLoginProfileRequest";
const _UMFAD = "UntagMFADevice";
const _UMFADR = "UntagMFADeviceRequest";
const _UN = "UserName";
const _UOIDCP = "UntagOpenIDConnectProvider";
const _UOIDCPR = "UntagOpenIDConnectProviderRequest";
const _UOIDCPT = "UpdateOpenIDConnectProviderThumbprint";
const _UOIDCPTR = "UpdateOpenIDConnectProviderThumbprintRequest";
const _UP = "UntagPolicy";
const _UPKEE = "UnrecognizedPublicKeyEncodingException";
const _UPL = "UserPolicyList";
const _UPR = "UntagPolicyRequest";
const _UR = "UntagRole";
const _URD = "UpdateRoleDescription";
const _URDR = "UpdateRoleDescriptionRequest";
const _URDRp = "UpdateRoleDescriptionResponse";
const _URR = "UntagRoleRequest";
const _URRp = "UpdateRoleRequest";
const _URRpd = "UpdateRoleResponse";
const _URp = "UpdateRole";
const _USAMLP = "UntagSAMLProvider";
const _USAMLPR = "UntagSAMLProviderRequest";
const _USAMLPRp = "UpdateSAMLProviderRequest";
const _USAMLPRpd = "UpdateSAMLProviderResponse";
const _USAMLPp = "UpdateSAMLProvider";
const _USC = "UntagServerCertificate";
const _USCR = "UntagServerCertificateRequest";
const _USCRp = "UpdateServerCertificateRequest";
const _USCRpd = "UpdateSigningCertificateRequest";
const _USCRpl = "UploadServerCertificateRequest";
const _USCRplo = "UploadServerCertificateResponse";
const _USCRploa = "UploadSigningCertificateRequest";
const _USCRpload = "UploadSigningCertificateResponse";
const _USCp = "UpdateServerCertificate";
const _USCpd = "UpdateSigningCertificate";
const _USCpl = "UploadServerCertificate";
const _USCplo = "UploadSigningCertificate";
const _USSC = "UpdateServiceSpecificCredential";
const _USSCR = "UpdateServiceSpecificCredentialRequest";
const _USSHPK = "UpdateSSHPublicKey";
const _USSHPKR = "UpdateSSHPublicKeyRequest";
const _USSHPKRp = "UploadSSHPublicKeyRequest";
const _USSHPKRpl = "UploadSSHPublicKeyResponse";
const _USSHPKp = "UploadSSHPublicKey";
const _UT = "UpdatedTime";
const _UTp = "UpdateTimestamp";
const _UU = "UntagUser";
const _UUR = "UntagUserRequest";
const _UURp = "UpdateUserRequest";
const _UUp = "UpdateUser";
const _Us = "User";
const _Use = "Users";
const _V = "Versions";
const _VE = "VersionEnabled";
const _VI = "VersionId";
const _VMFAD = "VirtualMFADevice";
const _VMFADN = "VirtualMFADeviceName";
const _VMFADi = "VirtualMFADevices";
const _VU = "ValidUntil";
const _Va = "Values";
const _Val = "Value";
const _aKMLT = "accessKeyMetadataListType";
const _aKST = "accessKeySecretType";
const _aPLT = "attachedPoliciesListType";
const _aQE = "awsQueryError";
const _c = "client";
const _cLT = "certificateListType";
const _dRLT = "delegationRequestsListType";
const _e = "error";
const _eDLT = "entityDetailsListType";
const _gDLT = "groupDetailListType";
const _gLT = "groupListType";
const _hE = "httpError";
const _iPLT = "instanceProfileListType";
const _iPTLT = "inlinePolicyTemplateListType";
const _iT = "isTruncated";
const _lPGSARLT = "listPolicyGrantingServiceAccessResponseListType";
const _m = "message";
const _mDLT = "mfaDeviceListType";
const _mSRVE = "mapStringReplacementValueEntry";
const _pDLT = "parametersDefinitionListType";
const _pDLTo = "policyDetailListType";
const _pDVLT = "policyDocumentVersionListType";
const _pGSALT = "policyGrantingServiceAccessListType";
const _pKL = "privateKeyList";
const _pKT = "privateKeyType";
const _pLT = "policyListType";
const _pPLT = "policyParameterListType";
const _pT = "passwordType";
const _rDLT = "roleDetailListType";
const _rLT = "roleListType";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.iam";
const _sCMLT = "serverCertificateMetadataListType";
const _sCS = "serviceCredentialSecret";
const _sP = "servicePassword";
const _se = "server";
const _tLT = "tagListType";
const _tTLT = "tagTemplateListType";
const _uDLT = "userDetailListType";
const _uLT = "userListType";
const _vMFADLT = "virtualMFADeviceListType";
const n0 = "com.amazonaws.iam";
const _s_registry = new TypeRegistry(_s);
var IAMServiceException$ = [-3, _s, "IAMServiceException", 0, [], []];
_s_registry.registerError(IAMServiceException$, IAMServiceException);
const n0_registry = new TypeRegistry(n0);
var AccountNotManagementOrDelegatedAdministratorException$ = [-3, n0, _ANMODAE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(AccountNotManagementOrDelegatedAdministratorException$, AccountNotManagementOrDelegatedAdministratorException);
var CallerIsNotManagementAccountException$ = [-3, n0, _CINMAE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(CallerIsNotManagementAccountException$, CallerIsNotManagementAccountException);
var ConcurrentModificationException$ = [-3, n0, _CME,
    { [_aQE]: [`ConcurrentModification`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var CredentialReportExpiredException$ = [-3, n0, _CREE,
    { [_aQE]: [`ReportExpired`, 410], [_e]: _c, [_hE]: 410 },
    [_m],
    [0]
];
n0_registry.registerError(CredentialReportExpiredException$, CredentialReportExpiredException);
var CredentialReportNotPresentException$ = [-3, n0, _CRNPE,
    { [_aQE]: [`ReportNotPresent`, 410], [_e]: _c, [_hE]: 410 },
    [_m],
    [0]
];
n0_registry.registerError(CredentialReportNotPresentException$, CredentialReportNotPresentException);
var CredentialReportNotReadyException$ = [-3, n0, _CRNRE,
    { [_aQE]: [`ReportInProgress`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(CredentialReportNotReadyException$, CredentialReportNotReadyException);
var DeleteConflictException$ = [-3, n0, _DCE,
    { [_aQE]: [`DeleteConflict`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(DeleteConflictException$, DeleteConflictException);
var DuplicateCertificateException$ = [-3, n0, _DCEu,
    { [_aQE]: [`DuplicateCertificate`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(DuplicateCertificateException$, DuplicateCertificateException);
var DuplicateSSHPublicKeyException$ = [-3, n0, _DSSHPKE,
    { [_aQE]: [`DuplicateSSHPublicKey`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(DuplicateSSHPublicKeyException$, DuplicateSSHPublicKeyException);
var EntityAlreadyExistsException$ = [-3, n0, _EAEE,
    { [_aQE]: [`EntityAlreadyExists`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(EntityAlreadyExistsException$, EntityAlreadyExistsException);
var EntityTemporarilyUnmodifiableException$ = [-3, n0, _ETUE,
    { [_aQE]: [`EntityTemporarilyUnmodifiable`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(EntityTemporarilyUnmodifiableException$, EntityTemporarilyUnmodifiableException);
var FeatureDisabledException$ = [-3, n0, _FDE,
    { [_aQE]: [`FeatureDisabled`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(FeatureDisabledException$, FeatureDisabledException);
var FeatureEnabledException$ = [-3, n0, _FEE,
    { [_aQE]: [`FeatureEnabled`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(FeatureEnabledException$, FeatureEnabledException);
var InvalidAuthenticationCodeException$ = [-3, n0, _IACE,
    { [_aQE]: [`InvalidAuthenticationCode`, 403], [_e]: _c, [_hE]: 403 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidAuthenticationCodeException$, InvalidAuthenticationCodeException);
var InvalidCertificateException$ = [-3, n0, _ICE,
    { [_aQE]: [`InvalidCertificate`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidCertificateException$, InvalidCertificateException);
var InvalidInputException$ = [-3, n0, _IIE,
    { [_aQE]: [`InvalidInput`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidInputException$, InvalidInputException);
var InvalidPublicKeyException$ = [-3, n0, _IPKE,
    { [_aQE]: [`InvalidPublicKey`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidPublicKeyException$, InvalidPublicKeyException);
var InvalidUserTypeException$ = [-3, n0, _IUTE,
    { [_aQE]: [`InvalidUserType`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(InvalidUserTypeException$, InvalidUserTypeException);
var KeyPairMismatchException$ = [-3, n0, _KPME,
    { [_aQE]: [`KeyPairMismatch`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(KeyPairMismatchException$, KeyPairMismatchException);
var LimitExceededException$ = [-3, n0, _LEE,
    { [_aQE]: [`LimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var MalformedCertificateException$ = [-3, n0, _MCE,
    { [_aQE]: [`MalformedCertificate`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(MalformedCertificateException$, MalformedCertificateException);
var MalformedPolicyDocumentException$ = [-3, n0, _MPDE,
    { [_aQE]: [`MalformedPolicyDocument`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
var NameConflictException$ = [-3, n0, _NCE,
    { [_aQE]: [`NameConflict`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(NameConflictException$, NameConflictException);
var NoSuchEntityException$ = [-3, n0, _NSEE,
    { [_aQE]: [`NoSuchEntity`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(NoSuchEntityException$, NoSuchEntityException);
var OpenIdIdpCommunicationErrorException$ = [-3, n0, _OIICEE,
    { [_aQE]: [`OpenIdIdpCommunicationError`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(OpenIdIdpCommunicationErrorException$, OpenIdIdpCommunicationErrorException);
var OrganizationNotFoundException$ = [-3, n0, _ONFE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationNotFoundException$, OrganizationNotFoundException);
var OrganizationNotInAllFeaturesModeException$ = [-3, n0, _ONIAFME,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(OrganizationNotInAllFeaturesModeException$, OrganizationNotInAllFeaturesModeException);
var PasswordPolicyViolationException$ = [-3, n0, _PPVE,
    { [_aQE]: [`PasswordPolicyViolation`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(PasswordPolicyViolationException$, PasswordPolicyViolationException);
var PolicyEvaluationException$ = [-3, n0, _PEE,
    { [_aQE]: [`PolicyEvaluation`, 500], [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(PolicyEvaluationException$, PolicyEvaluationException);
var PolicyNotAttachableException$ = [-3, n0, _PNAE,
    { [_aQE]: [`PolicyNotAttachable`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(PolicyNotAttachableException$, PolicyNotAttachableException);
var ReportGenerationLimitExceededException$ = [-3, n0, _RGLEE,
    { [_aQE]: [`ReportGenerationLimitExceeded`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(ReportGenerationLimitExceededException$, ReportGenerationLimitExceededException);
var RoleModifiedException$ = [-3, n0, _RME,
    { [_aQE]: [`RoleModified`, 409], [_e]: _c, [_hE]: 409 },
    [_m],
    [0]
];
n0_registry.registerError(RoleModifiedException$, RoleModifiedException);
var RoleTemplateDisabledException$ = [-3, n0, _RTDE,
    { [_aQE]: [`RoleTemplateDisabled`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(RoleTemplateDisabledException$, RoleTemplateDisabledException);
var ServiceAccessNotEnabledException$ = [-3, n0, _SANEE,
    { [_e]: _c, [_hE]: 400 },
    [_M],
    [0]
];
n0_registry.registerError(ServiceAccessNotEnabledException$, ServiceAccessNotEnabledException);
var ServiceFailureException$ = [-3, n0, _SFE,
    { [_aQE]: [`ServiceFailure`, 500], [_e]: _se, [_hE]: 500 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceFailureException$, ServiceFailureException);
var ServiceNotSupportedException$ = [-3, n0, _SNSE,
    { [_aQE]: [`NotSupportedService`, 404], [_e]: _c, [_hE]: 404 },
    [_m],
    [0]
];
n0_registry.registerError(ServiceNotSupportedException$, ServiceNotSupportedException);
var UnmodifiableEntityException$ = [-3, n0, _UEE,
    { [_aQE]: [`UnmodifiableEntity`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(UnmodifiableEntityException$, UnmodifiableEntityException);
var UnrecognizedPublicKeyEncodingException$ = [-3, n0, _UPKEE,
    { [_aQE]: [`UnrecognizedPublicKeyEncoding`, 400], [_e]: _c, [_hE]: 400 },
    [_m],
    [0]
];
n0_registry.registerError(UnrecognizedPublicKeyEncodingException$, UnrecognizedPublicKeyEncodingException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var accessKeySecretType = [0, n0, _aKST, 8, 0];
var BootstrapDatum = [0, n0, _BD, 8, 21];
var passwordType = [0, n0, _pT, 8, 0];
var privateKeyType = [0, n0, _pKT, 8, 0];
var serviceCredentialSecret = [0, n0, _sCS, 8, 0];
var servicePassword = [0, n0, _sP, 8, 0];
var AcceptDelegationRequestRequest$ = [3, n0, _ADRR,
    0,
    [_DRI],
    [0], 1
];
var AccessDetail$ = [3, n0, _AD,
    0,
    [_SN, _SNe, _R, _EP, _LAT, _TAE],
    [0, 0, 0, 0, 4, 1], 2
];
var AccessKey$ = [3, n0, _AK,
    0,
    [_UN, _AKI, _S, _SAK, _CD],
    [0, 0, 0, [() => accessKeySecretType, 0], 4], 4
];
var AccessKeyLastUsed$ = [3, n0, _AKLU,
    0,
    [_SN, _R, _LUD],
    [0, 0, 4], 2
];
var AccessKeyMetadata$ = [3, n0, _AKM,
    0,
    [_UN, _AKI, _S, _CD],
    [0, 0, 0, 4]
];
var AcquireRoleRequest$ = [3, n0, _ARR,
    0,
    [_TA, _TMV, _RV],
    [0, 1, () => mapStringReplacementValueEntry], 1
];
var AcquireRoleResponse$ = [3, n0, _ARRc,
    0,
    [_Ro],
    [() => Role$], 1
];
var AddClientIDToOpenIDConnectProviderRequest$ = [3, n0, _ACIDTOIDCPR,
    0,
    [_OIDCPA, _CID],
    [0, 0], 2
];
var AddRoleToInstanceProfileRequest$ = [3, n0, _ARTIPR,
    0,
    [_IPN, _RN],
    [0, 0], 2
];
var AddUserToGroupRequest$ = [3, n0, _AUTGR,
    0,
    [_GN, _UN],
    [0, 0], 2
];
var AssociateDelegationRequestRequest$ = [3, n0, _ADRRs,
    0,
    [_DRI],
    [0], 1
];
var AttachedPermissionsBoundary$ = [3, n0, _APB,
    0,
    [_PBT, _PBA],
    [0, 0]
];
var AttachedPolicy$ = [3, n0, _AP,
    0,
    [_PN, _PA],
    [0, 0]
];
var AttachGroupPolicyRequest$ = [3, n0, _AGPR,
    0,
    [_GN, _PA],
    [0, 0], 2
];
var AttachRolePolicyRequest$ = [3, n0, _ARPR,
    0,
    [_RN, _PA],
    [0, 0], 2
];
var AttachUserPolicyRequest$ = [3, n0, _AUPR,
    0,
    [_UN, _PA],
    [0, 0], 2
];
var ChangePasswordRequest$ = [3, n0, _CPR,
    0,
    [_OP, _NP],
    [[() => passwordType, 0], [() => passwordType, 0]], 2
];
var ContextEntry$ = [3, n0, _CE,
    0,
    [_CKN, _CKV, _CKT],
    [0, 64 | 0, 0]
];
var CreateAccessKeyRequest$ = [3, n0, _CAKR,
    0,
    [_UN],
    [0]
];
var CreateAccessKeyResponse$ = [3, n0, _CAKRr,
    0,
    [_AK],
    [[() => AccessKey$, 0]], 1
];
var CreateAccountAliasRequest$ = [3, n0, _CAAR,
    0,
    [_AA],
    [0], 1
];
var CreateDelegationRequestRequest$ = [3, n0, _CDRR,
    0,
    [_D, _P, _RWI, _NC, _SD, _OAI, _RM, _RU, _OSBO],
    [0, () => DelegationPermission$, 0, 0, 1, 0, 0, 0, 2], 5
];
var CreateDelegationRequestResponse$ = [3, n0, _CDRRr,
    0,
    [_CDL, _DRI],
    [0, 0]
];
var CreateGroupRequest$ = [3, n0, _CGR,
    0,
    [_GN, _Pa],
    [0, 0], 1
];
var CreateGroupResponse$ = [3, n0, _CGRr,
    0,
    [_G],
    [() => Group$], 1
];
var CreateInstanceProfileRequest$ = [3, n0, _CIPR,
    0,
    [_IPN, _Pa, _T],
    [0, 0, () => tagListType], 1
];
var CreateInstanceProfileResponse$ = [3, n0, _CIPRr,
    0,
    [_IP],
    [() => InstanceProfile$], 1
];
var CreateLoginProfileRequest$ = [3, n0, _CLPR,
    0,
    [_UN, _Pas, _PRR],
    [0, [() => passwordType, 0], 2]
];
var CreateLoginProfileResponse$ = [3, n0, _CLPRr,
    0,
    [_LP],
    [() => LoginProfile$], 1
];
var CreateOpenIDConnectProviderRequest$ = [3, n0, _COIDCPR,
    0,
    [_U, _CIDL, _TL, _T],
    [0, 64 | 0, 64 | 0, () => tagListType], 1
];
var CreateOpenIDConnectProviderResponse$ = [3, n0, _COIDCPRr,
    0,
    [_OIDCPA, _T],
    [0, () => tagListType]
];
var CreatePolicyRequest$ = [3, n0, _CPRr,
    0,
    [_PN, _PD, _Pa, _D, _T],
    [0, 0, 0, 0, () => tagListType], 2
];
var CreatePolicyResponse$ = [3, n0, _CPRre,
    0,
    [_Po],
    [() => Policy$]
];
var CreatePolicyVersionRequest$ = [3, n0, _CPVR,
    0,
    [_PA, _PD, _SAD],
    [0, 0, 2], 2
];
var CreatePolicyVersionResponse$ = [3, n0, _CPVRr,
    0,
    [_PV],
    [() => PolicyVersion$]
];
var CreateRoleRequest$ = [3, n0, _CRR,
    0,
    [_RN, _ARPD, _Pa, _D, _MSD, _PB, _T],
    [0, 0, 0, 0, 1, 0, () => tagListType], 2
];
var CreateRoleResponse$ = [3, n0, _CRRr,
    0,
    [_Ro],
    [() => Role$], 1
];
var CreateSAMLProviderRequest$ = [3, n0, _CSAMLPR,
    0,
    [_SAMLMD, _N, _T, _AEM, _APK],
    [0, 0, () => tagListType, 0, [() => privateKeyType, 0]], 2
];
var CreateSAMLProviderResponse$ = [3, n0, _CSAMLPRr,
    0,
    [_SAMLPA, _T],
    [0, () => tagListType]
];
var CreateServiceLinkedRoleRequest$ = [3, n0, _CSLRR,
    0,
    [_AWSSN, _D, _CS],
    [0, 0, 0], 1
];
var CreateServiceLinkedRoleResponse$ = [3, n0, _CSLRRr,
    0,
    [_Ro],
    [() => Role$]
];
var CreateServiceSpecificCredentialRequest$ = [3, n0, _CSSCR,
    0,
    [_UN, _SN, _CAD],
    [0, 0, 1], 2
];
var CreateServiceSpecificCredentialResponse$ = [3, n0, _CSSCRr,
    0,
    [_SSC],
    [[() => ServiceSpecificCredential$, 0]]
];
var CreateUserRequest$ = [3, n0, _CUR,
    0,
    [_UN, _Pa, _PB, _T],
    [0, 0, 0, () => tagListType], 1
];
var CreateUserResponse$ = [3, n0, _CURr,
    0,
    [_Us],
    [() => User$]
];
var CreateVirtualMFADeviceRequest$ = [3, n0, _CVMFADR,
    0,
    [_VMFADN, _Pa, _T],
    [0, 0, () => tagListType], 1
];
var CreateVirtualMFADeviceResponse$ = [3, n0, _CVMFADRr,
    0,
    [_VMFAD],
    [[() => VirtualMFADevice$, 0]], 1
];
var DeactivateMFADeviceRequest$ = [3, n0, _DMFADR,
    0,
    [_SNer, _UN],
    [0, 0], 1
];
var DelegationPermission$ = [3, n0, _DP,
    0,
    [_PTA, _Par],
    [0, () => policyParameterListType]
];
var DelegationRequest$ = [3, n0, _DR,
    0,
    [_DRI, _OAI, _D, _RM, _P, _PP, _RPRA, _OI, _AI, _St, _ET, _RI, _RNe, _CD, _SD, _RU, _No, _RR, _OSBO, _UT],
    [0, 0, 0, 0, () => DelegationPermission$, 0, 64 | 0, 0, 0, 0, 4, 0, 0, 4, 1, 0, 0, 0, 2, 4]
];
var DeleteAccessKeyRequest$ = [3, n0, _DAKR,
    0,
    [_AKI, _UN],
    [0, 0], 1
];
var DeleteAccountAliasRequest$ = [3, n0, _DAAR,
    0,
    [_AA],
    [0], 1
];
var DeleteGroupPolicyRequest$ = [3, n0, _DGPR,
    0,
    [_GN, _PN],
    [0, 0], 2
];
var DeleteGroupRequest$ = [3, n0, _DGR,
    0,
    [_GN],
    [0], 1
];
var DeleteInstanceProfileRequest$ = [3, n0, _DIPR,
    0,
    [_IPN],
    [0], 1
];
var DeleteLoginProfileRequest$ = [3, n0, _DLPR,
    0,
    [_UN],
    [0]
];
var DeleteOpenIDConnectProviderRequest$ = [3, n0, _DOIDCPR,
    0,
    [_OIDCPA],
    [0], 1
];
var DeletePolicyRequest$ = [3, n0, _DPR,
    0,
    [_PA],
    [0], 1
];
var DeletePolicyVersionRequest$ = [3, n0, _DPVR,
    0,
    [_PA, _VI],
    [0, 0], 2
];
var DeleteRolePermissionsBoundaryRequest$ = [3, n0, _DRPBR,
    0,
    [_RN],
    [0], 1
];
var DeleteRolePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_RN, _PN],
    [0, 0], 2
];
var DeleteRoleRequest$ = [3, n0, _DRR,
    0,
    [_RN],
    [0], 1
];
var DeleteSAMLProviderRequest$ = [3, n0, _DSAMLPR,
    0,
    [_SAMLPA],
    [0], 1
];
var DeleteServerCertificateRequest$ = [3, n0, _DSCR,
    0,
    [_SCN],
    [0], 1
];
var DeleteServiceLinkedRoleRequest$ = [3, n0, _DSLRR,
    0,
    [_RN],
    [0], 1
];
var DeleteServiceLinkedRoleResponse$ = [3, n0, _DSLRRe,
    0,
    [_DTI],
    [0], 1
];
var DeleteServiceSpecificCredentialRequest$ = [3, n0, _DSSCR,
    0,
    [_SSCI, _UN],
    [0, 0], 1
];
var DeleteSigningCertificateRequest$ = [3, n0, _DSCRe,
    0,
    [_CI, _UN],
    [0, 0], 1
];
var DeleteSSHPublicKeyRequest$ = [3, n0, _DSSHPKR,
    0,
    [_UN, _SSHPKI],
    [0, 0], 2
];
var DeleteUserPermissionsBoundaryRequest$ = [3, n0, _DUPBR,
    0,
    [_UN],
    [0], 1
];
var DeleteUserPolicyRequest$ = [3, n0, _DUPR,
    0,
    [_UN, _PN],
    [0, 0], 2
];
var DeleteUserRequest$ = [3, n0, _DUR,
    0,
    [_UN],
    [0], 1
];
var DeleteVirtualMFADeviceRequest$ = [3, n0, _DVMFADR,
    0,
    [_SNer],
    [0], 1
];
var DeletionTaskFailureReasonType$ = [3, n0, _DTFRT,
    0,
    [_Re, _RUL],
    [0, () => RoleUsageListType]
];
var DetachGroupPolicyRequest$ = [3, n0, _DGPRe,
    0,
    [_GN, _PA],
    [0, 0], 2
];
var DetachRolePolicyRequest$ = [3, n0, _DRPRe,
    0,
    [_RN, _PA],
    [0, 0], 2
];
var DetachUserPolicyRequest$ = [3, n0, _DUPRe,
    0,
    [_UN, _PA],
    [0, 0], 2
];
var DisableOrganizationsRootCredentialsManagementRequest$ = [3, n0, _DORCMR,
    0,
    [],
    []
];
var DisableOrganizationsRootCredentialsManagementResponse$ = [3, n0, _DORCMRi,
    0,
    [_OIr, _EF],
    [0, 64 | 0]
];
var DisableOrganizationsRootSessionsRequest$ = [3, n0, _DORSR,
    0,
    [],
    []
];
var DisableOrganizationsRootSessionsResponse$ = [3, n0, _DORSRi,
    0,
    [_OIr, _EF],
    [0, 64 | 0]
];
var EnableMFADeviceRequest$ = [3, n0, _EMFADR,
    0,
    [_UN, _SNer, _AC, _ACu],
    [0, 0, 0, 0], 4
];
var EnableOrganizationsRootCredentialsManagementRequest$ = [3, n0, _EORCMR,
    0,
    [],
    []
];
var EnableOrganizationsRootCredentialsManagementResponse$ = [3, n0, _EORCMRn,
    0,
    [_OIr, _EF],
    [0, 64 | 0]
];
var EnableOrganizationsRootSessionsRequest$ = [3, n0, _EORSR,
    0,
    [],
    []
];
var EnableOrganizationsRootSessionsResponse$ = [3, n0, _EORSRn,
    0,
    [_OIr, _EF],
    [0, 64 | 0]
];
var EnableOutboundWebIdentityFederationResponse$ = [3, n0, _EOWIFR,
    0,
    [_II],
    [0]
];
var EntityDetails$ = [3, n0, _ED,
    0,
    [_EI, _LA],
    [() => EntityInfo$, 4], 1
];
var EntityInfo$ = [3, n0, _EI,
    0,
    [_A, _N, _Ty, _I, _Pa],
    [0, 0, 0, 0, 0], 4
];
var ErrorDetails$ = [3, n0, _EDr,
    0,
    [_M, _C],
    [0, 0], 2
];
var EvaluationResult$ = [3, n0, _ER,
    0,
    [_EAN, _EDv, _ERN, _MS, _MCV, _ODD, _PBDD, _EDD, _RSR],
    [0, 0, 0, () => StatementListType, 64 | 0, () => OrganizationsDecisionDetail$, () => PermissionsBoundaryDecisionDetail$, 128 | 0, () => ResourceSpecificResultListType], 2
];
var GenerateCredentialReportResponse$ = [3, n0, _GCRR,
    0,
    [_St, _D],
    [0, 0]
];
var GenerateOrganizationsAccessReportRequest$ = [3, n0, _GOARR,
    0,
    [_EP, _OPI],
    [0, 0], 1
];
var GenerateOrganizationsAccessReportResponse$ = [3, n0, _GOARRe,
    0,
    [_JI],
    [0]
];
var GenerateServiceLastAccessedDetailsRequest$ = [3, n0, _GSLADR,
    0,
    [_A, _Gr],
    [0, 0], 1
];
var GenerateServiceLastAccessedDetailsResponse$ = [3, n0, _GSLADRe,
    0,
    [_JI],
    [0]
];
var GetAccessKeyLastUsedRequest$ = [3, n0, _GAKLUR,
    0,
    [_AKI],
    [0], 1
];
var GetAccessKeyLastUsedResponse$ = [3, n0, _GAKLURe,
    0,
    [_UN, _AKLU],
    [0, () => AccessKeyLastUsed$]
];
var GetAccountAuthorizationDetailsRequest$ = [3, n0, _GAADR,
    0,
    [_F, _MI, _Ma],
    [64 | 0, 1, 0]
];
var GetAccountAuthorizationDetailsResponse$ = [3, n0, _GAADRe,
    0,
    [_UDL, _GDL, _RDL, _Pol, _IT, _Ma],
    [() => userDetailListType, () => groupDetailListType, () => roleDetailListType, () => ManagedPolicyDetailListType, 2, 0]
];
var GetAccountPasswordPolicyResponse$ = [3, n0, _GAPPR,
    0,
    [_PPa],
    [() => PasswordPolicy$], 1
];
var GetAccountPropertiesRequest$ = [3, n0, _GAPR,
    0,
    [],
    []
];
var GetAccountPropertiesResponse$ = [3, n0, _GAPRe,
    0,
    [_Pr],
    [128 | 0]
];
var GetAccountSummaryResponse$ = [3, n0, _GASR,
    0,
    [_SM],
    [128 | 1]
];
var GetContextKeysForCustomPolicyRequest$ = [3, n0, _GCKFCPR,
    0,
    [_PIL],
    [64 | 0], 1
];
var GetContextKeysForPolicyResponse$ = [3, n0, _GCKFPR,
    0,
    [_CKNo],
    [64 | 0]
];
var GetContextKeysForPrincipalPolicyRequest$ = [3, n0, _GCKFPPR,
    0,
    [_PSA, _PIL],
    [0, 64 | 0], 1
];
var GetCredentialReportResponse$ = [3, n0, _GCRRe,
    0,
    [_Co, _RF, _GT],
    [21, 0, 4]
];
var GetDelegationRequestRequest$ = [3, n0, _GDRR,
    0,
    [_DRI, _DPC],
    [0, 2], 1
];
var GetDelegationRequestResponse$ = [3, n0, _GDRRe,
    0,
    [_DR, _PCS, _PCR],
    [() => DelegationRequest$, 0, 0]
];
var GetGroupPolicyRequest$ = [3, n0, _GGPR,
    0,
    [_GN, _PN],
    [0, 0], 2
];
var GetGroupPolicyResponse$ = [3, n0, _GGPRe,
    0,
    [_GN, _PN, _PD],
    [0, 0, 0], 3
];
var GetGroupRequest$ = [3, n0, _GGR,
    0,
    [_GN, _Ma, _MI],
    [0, 0, 1], 1
];
var GetGroupResponse$ = [3, n0, _GGRe,
    0,
    [_G, _Use, _IT, _Ma],
    [() => Group$, () => userListType, 2, 0], 2
];
var GetHumanReadableSummaryRequest$ = [3, n0, _GHRSR,
    0,
    [_EA, _L],
    [0, 0], 1
];
var GetHumanReadableSummaryResponse$ = [3, n0, _GHRSRe,
    0,
    [_SC, _L, _SS],
    [0, 0, 0]
];
var GetInstanceProfileRequest$ = [3, n0, _GIPR,
    0,
    [_IPN],
    [0], 1
];
var GetInstanceProfileResponse$ = [3, n0, _GIPRe,
    0,
    [_IP],
    [() => InstanceProfile$], 1
];
var GetLoginProfileRequest$ = [3, n0, _GLPR,
    0,
    [_UN],
    [0]
];
var GetLoginProfileResponse$ = [3, n0, _GLPRe,
    0,
    [_LP],
    [() => LoginProfile$], 1
];
var GetMFADeviceRequest$ = [3, n0, _GMFADR,
    0,
    [_SNer, _UN],
    [0, 0], 1
];
var GetMFADeviceResponse$ = [3, n0, _GMFADRe,
    0,
    [_SNer, _UN, _EDn, _Ce],
    [0, 0, 4, 128 | 0], 1
];
var GetOpenIDConnectProviderRequest$ = [3, n0, _GOIDCPR,
    0,
    [_OIDCPA],
    [0], 1
];
var GetOpenIDConnectProviderResponse$ = [3, n0, _GOIDCPRe,
    0,
    [_U, _CIDL, _TL, _CD, _T],
    [0, 64 | 0, 64 | 0, 4, () => tagListType]
];
var GetOrganizationsAccessReportRequest$ = [3, n0, _GOARRet,
    0,
    [_JI, _MI, _Ma, _SK],
    [0, 1, 0, 0], 1
];
var GetOrganizationsAccessReportResponse$ = [3, n0, _GOARRetr,
    0,
    [_JS, _JCD, _JCDo, _NOSA, _NOSNA, _ADc, _IT, _Ma, _EDr],
    [0, 4, 4, 1, 1, () => AccessDetails, 2, 0, () => ErrorDetails$], 2
];
var GetOutboundWebIdentityFederationInfoResponse$ = [3, n0, _GOWIFIR,
    0,
    [_II, _JVE],
    [0, 2]
];
var GetPolicyRequest$ = [3, n0, _GPR,
    0,
    [_PA],
    [0], 1
];
var GetPolicyResponse$ = [3, n0, _GPRe,
    0,
    [_Po],
    [() => Policy$]
];
var GetPolicyVersionRequest$ = [3, n0, _GPVR,
    0,
    [_PA, _VI],
    [0, 0], 2
];
var GetPolicyVersionResponse$ = [3, n0, _GPVRe,
    0,
    [_PV],
    [() => PolicyVersion$]
];
var GetRolePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_RN, _PN],
    [0, 0], 2
];
var GetRolePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_RN, _PN, _PD],
    [0, 0, 0], 3
];
var GetRoleRequest$ = [3, n0, _GRR,
    0,
    [_RN],
    [0], 1
];
var GetRoleResponse$ = [3, n0, _GRRe,
    0,
    [_Ro],
    [() => Role$], 1
];
var GetRoleTemplateVersionRequest$ = [3, n0, _GRTVR,
    0,
    [_TA, _MV],
    [0, 1], 1
];
var GetRoleTemplateVersionResponse$ = [3, n0, _GRTVRe,
    0,
    [_RTV],
    [() => RoleTemplateVersion$], 1
];
var GetSAMLProviderRequest$ = [3, n0, _GSAMLPR,
    0,
    [_SAMLPA],
    [0], 1
];
var GetSAMLProviderResponse$ = [3, n0, _GSAMLPRe,
    0,
    [_SAMLPUUID, _SAMLMD, _CD, _VU, _T, _AEM, _PKL],
    [0, 0, 4, 4, () => tagListType, 0, () => privateKeyList]
];
var GetServerCertificateRequest$ = [3, n0, _GSCR,
    0,
    [_SCN],
    [0], 1
];
var GetServerCertificateResponse$ = [3, n0, _GSCRe,
    0,
    [_SCe],
    [() => ServerCertificate$], 1
];
var GetServiceLastAccessedDetailsRequest$ = [3, n0, _GSLADRet,
    0,
    [_JI, _MI, _Ma],
    [0, 1, 0], 1
];
var GetServiceLastAccessedDetailsResponse$ = [3, n0, _GSLADRete,
    0,
    [_JS, _JCD, _SLA, _JCDo, _JT, _IT, _Ma, _E],
    [0, 4, () => ServicesLastAccessed, 4, 0, 2, 0, () => ErrorDetails$], 4
];
var GetServiceLastAccessedDetailsWithEntitiesRequest$ = [3, n0, _GSLADWER,
    0,
    [_JI, _SNe, _MI, _Ma],
    [0, 0, 1, 0], 2
];
var GetServiceLastAccessedDetailsWithEntitiesResponse$ = [3, n0, _GSLADWERe,
    0,
    [_JS, _JCD, _JCDo, _EDL, _IT, _Ma, _E],
    [0, 4, 4, () => entityDetailsListType, 2, 0, () => ErrorDetails$], 4
];
var GetServiceLinkedRoleDeletionStatusRequest$ = [3, n0, _GSLRDSR,
    0,
    [_DTI],
    [0], 1
];
var GetServiceLinkedRoleDeletionStatusResponse$ = [3, n0, _GSLRDSRe,
    0,
    [_S, _Re],
    [0, () => DeletionTaskFailureReasonType$], 1
];
var GetSSHPublicKeyRequest$ = [3, n0, _GSSHPKR,
    0,
    [_UN, _SSHPKI, _En],
    [0, 0, 0], 3
];
var GetSSHPublicKeyResponse$ = [3, n0, _GSSHPKRe,
    0,
    [_SSHPK],
    [() => SSHPublicKey$]
];
var GetUserPolicyRequest$ = [3, n0, _GUPR,
    0,
    [_UN, _PN],
    [0, 0], 2
];
var GetUserPolicyResponse$ = [3, n0, _GUPRe,
    0,
    [_UN, _PN, _PD],
    [0, 0, 0], 3
];
var GetUserRequest$ = [3, n0, _GUR,
    0,
    [_UN],
    [0]
];
var GetUserResponse$ = [3, n0, _GURe,
    0,
    [_Us],
    [() => User$], 1
];
var Group$ = [3, n0, _G,
    0,
    [_Pa, _GN, _GI, _A, _CD],
    [0, 0, 0, 0, 4], 5
];
var GroupDetail$ = [3, n0, _GD,
    0,
    [_Pa, _GN, _GI, _A, _CD, _GPL, _AMP],
    [0, 0, 0, 0, 4, () => policyDetailListType, () => attachedPoliciesListType]
];
var InlinePolicy$ = [3, n0, _IPn,
    0,
    [_PN, _PD],
    [0, 0], 2
];
var InlinePolicyIdentifierType$ = [3, n0, _IPIT,
    0,
    [_PN, _AT, _AN],
    [0, 0, 0], 3
];
var InstanceProfile$ = [3, n0, _IP,
    0,
    [_Pa, _IPN, _IPI, _A, _CD, _Rol, _T],
    [0, 0, 0, 0, 4, () => roleListType, () => tagListType], 6
];
var ListAccessKeysRequest$ = [3, n0, _LAKR,
    0,
    [_UN, _Ma, _MI],
    [0, 0, 1]
];
var ListAccessKeysResponse$ = [3, n0, _LAKRi,
    0,
    [_AKM, _IT, _Ma],
    [() => accessKeyMetadataListType, 2, 0], 1
];
var ListAccountAliasesRequest$ = [3, n0, _LAAR,
    0,
    [_Ma, _MI],
    [0, 1]
];
var ListAccountAliasesResponse$ = [3, n0, _LAARi,
    0,
    [_AAc, _IT, _Ma],
    [64 | 0, 2, 0], 1
];
var ListAttachedGroupPoliciesRequest$ = [3, n0, _LAGPR,
    0,
    [_GN, _PPat, _Ma, _MI],
    [0, 0, 0, 1], 1
];
var ListAttachedGroupPoliciesResponse$ = [3, n0, _LAGPRi,
    0,
    [_APt, _IT, _Ma],
    [() => attachedPoliciesListType, 2, 0]
];
var ListAttachedRolePoliciesRequest$ = [3, n0, _LARPR,
    0,
    [_RN, _PPat, _Ma, _MI],
    [0, 0, 0, 1], 1
];
var ListAttachedRolePoliciesResponse$ = [3, n0, _LARPRi,
    0,
    [_APt, _IT, _Ma],
    [() => attachedPoliciesListType, 2, 0]
];
var ListAttachedUserPoliciesRequest$ = [3, n0, _LAUPR,
    0,
    [_UN, _PPat, _Ma, _MI],
    [0, 0, 0, 1], 1
];
var ListAttachedUserPoliciesResponse$ = [3, n0, _LAUPRi,
    0,
    [_APt, _IT, _Ma],
    [() => attachedPoliciesListType, 2, 0]
];
var ListDelegationRequestsRequest$ = [3, n0, _LDRR,
    0,
    [_OI, _Ma, _MI],
    [0, 0, 1]
];
var ListDelegationRequestsResponse$ = [3, n0, _LDRRi,
    0,
    [_DRe, _Ma, _iT],
    [() => delegationRequestsListType, 0, 2]
];
var ListEntitiesForPolicyRequest$ = [3, n0, _LEFPR,
    0,
    [_PA, _EFn, _PPat, _PUF, _Ma, _MI],
    [0, 0, 0, 0, 0, 1], 1
];
var ListEntitiesForPolicyResponse$ = [3, n0, _LEFPRi,
    0,
    [_PG, _PU, _PR, _IT, _Ma],
    [() => PolicyGroupListType, () => PolicyUserListType, () => PolicyRoleListType, 2, 0]
];
var ListGroupPoliciesRequest$ = [3, n0, _LGPR,
    0,
    [_GN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListGroupPoliciesResponse$ = [3, n0, _LGPRi,
    0,
    [_PNo, _IT, _Ma],
    [64 | 0, 2, 0], 1
];
var ListGroupsForUserRequest$ = [3, n0, _LGFUR,
    0,
    [_UN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListGroupsForUserResponse$ = [3, n0, _LGFURi,
    0,
    [_Gro, _IT, _Ma],
    [() => groupListType, 2, 0], 1
];
var ListGroupsRequest$ = [3, n0, _LGR,
    0,
    [_PPat, _Ma, _MI],
    [0, 0, 1]
];
var ListGroupsResponse$ = [3, n0, _LGRi,
    0,
    [_Gro, _IT, _Ma],
    [() => groupListType, 2, 0], 1
];
var ListInstanceProfilesForRoleRequest$ = [3, n0, _LIPFRR,
    0,
    [_RN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListInstanceProfilesForRoleResponse$ = [3, n0, _LIPFRRi,
    0,
    [_IPns, _IT, _Ma],
    [() => instanceProfileListType, 2, 0], 1
];
var ListInstanceProfilesRequest$ = [3, n0, _LIPR,
    0,
    [_PPat, _Ma, _MI],
    [0, 0, 1]
];
var ListInstanceProfilesResponse$ = [3, n0, _LIPRi,
    0,
    [_IPns, _IT, _Ma],
    [() => instanceProfileListType, 2, 0], 1
];
var ListInstanceProfileTagsRequest$ = [3, n0, _LIPTR,
    0,
    [_IPN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListInstanceProfileTagsResponse$ = [3, n0, _LIPTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListMFADevicesRequest$ = [3, n0, _LMFADR,
    0,
    [_UN, _Ma, _MI],
    [0, 0, 1]
];
var ListMFADevicesResponse$ = [3, n0, _LMFADRi,
    0,
    [_MFAD, _IT, _Ma],
    [() => mfaDeviceListType, 2, 0], 1
];
var ListMFADeviceTagsRequest$ = [3, n0, _LMFADTR,
    0,
    [_SNer, _Ma, _MI],
    [0, 0, 1], 1
];
var ListMFADeviceTagsResponse$ = [3, n0, _LMFADTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListOpenIDConnectProvidersRequest$ = [3, n0, _LOIDCPR,
    0,
    [],
    []
];
var ListOpenIDConnectProvidersResponse$ = [3, n0, _LOIDCPRi,
    0,
    [_OIDCPL],
    [() => OpenIDConnectProviderListType]
];
var ListOpenIDConnectProviderTagsRequest$ = [3, n0, _LOIDCPTR,
    0,
    [_OIDCPA, _Ma, _MI],
    [0, 0, 1], 1
];
var ListOpenIDConnectProviderTagsResponse$ = [3, n0, _LOIDCPTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListOrganizationsFeaturesRequest$ = [3, n0, _LOFR,
    0,
    [],
    []
];
var ListOrganizationsFeaturesResponse$ = [3, n0, _LOFRi,
    0,
    [_OIr, _EF],
    [0, 64 | 0]
];
var ListPoliciesGrantingServiceAccessEntry$ = [3, n0, _LPGSAE,
    0,
    [_SNe, _Pol],
    [0, () => policyGrantingServiceAccessListType]
];
var ListPoliciesGrantingServiceAccessRequest$ = [3, n0, _LPGSAR,
    0,
    [_A, _SNerv, _Ma],
    [0, 64 | 0, 0], 2
];
var ListPoliciesGrantingServiceAccessResponse$ = [3, n0, _LPGSARi,
    0,
    [_PGSA, _IT, _Ma],
    [() => listPolicyGrantingServiceAccessResponseListType, 2, 0], 1
];
var ListPoliciesRequest$ = [3, n0, _LPR,
    0,
    [_Sc, _OA, _PPat, _PUF, _Ma, _MI],
    [0, 2, 0, 0, 0, 1]
];
var ListPoliciesResponse$ = [3, n0, _LPRi,
    0,
    [_Pol, _IT, _Ma],
    [() => policyListType, 2, 0]
];
var ListPolicyTagsRequest$ = [3, n0, _LPTR,
    0,
    [_PA, _Ma, _MI],
    [0, 0, 1], 1
];
var ListPolicyTagsResponse$ = [3, n0, _LPTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListPolicyVersionsRequest$ = [3, n0, _LPVR,
    0,
    [_PA, _Ma, _MI],
    [0, 0, 1], 1
];
var ListPolicyVersionsResponse$ = [3, n0, _LPVRi,
    0,
    [_V, _IT, _Ma],
    [() => policyDocumentVersionListType, 2, 0]
];
var ListRolePoliciesRequest$ = [3, n0, _LRPR,
    0,
    [_RN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListRolePoliciesResponse$ = [3, n0, _LRPRi,
    0,
    [_PNo, _IT, _Ma],
    [64 | 0, 2, 0], 1
];
var ListRolesRequest$ = [3, n0, _LRR,
    0,
    [_PPat, _Ma, _MI],
    [0, 0, 1]
];
var ListRolesResponse$ = [3, n0, _LRRi,
    0,
    [_Rol, _IT, _Ma],
    [() => roleListType, 2, 0], 1
];
var ListRoleTagsRequest$ = [3, n0, _LRTR,
    0,
    [_RN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListRoleTagsResponse$ = [3, n0, _LRTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListSAMLProvidersRequest$ = [3, n0, _LSAMLPR,
    0,
    [],
    []
];
var ListSAMLProvidersResponse$ = [3, n0, _LSAMLPRi,
    0,
    [_SAMLPL],
    [() => SAMLProviderListType]
];
var ListSAMLProviderTagsRequest$ = [3, n0, _LSAMLPTR,
    0,
    [_SAMLPA, _Ma, _MI],
    [0, 0, 1], 1
];
var ListSAMLProviderTagsResponse$ = [3, n0, _LSAMLPTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListServerCertificatesRequest$ = [3, n0, _LSCR,
    0,
    [_PPat, _Ma, _MI],
    [0, 0, 1]
];
var ListServerCertificatesResponse$ = [3, n0, _LSCRi,
    0,
    [_SCML, _IT, _Ma],
    [() => serverCertificateMetadataListType, 2, 0], 1
];
var ListServerCertificateTagsRequest$ = [3, n0, _LSCTR,
    0,
    [_SCN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListServerCertificateTagsResponse$ = [3, n0, _LSCTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListServiceSpecificCredentialsRequest$ = [3, n0, _LSSCR,
    0,
    [_UN, _SN, _AU, _Ma, _MI],
    [0, 0, 2, 0, 1]
];
var ListServiceSpecificCredentialsResponse$ = [3, n0, _LSSCRi,
    0,
    [_SSCe, _Ma, _IT],
    [() => ServiceSpecificCredentialsListType, 0, 2]
];
var ListSigningCertificatesRequest$ = [3, n0, _LSCRis,
    0,
    [_UN, _Ma, _MI],
    [0, 0, 1]
];
var ListSigningCertificatesResponse$ = [3, n0, _LSCRist,
    0,
    [_Cer, _IT, _Ma],
    [() => certificateListType, 2, 0], 1
];
var ListSSHPublicKeysRequest$ = [3, n0, _LSSHPKR,
    0,
    [_UN, _Ma, _MI],
    [0, 0, 1]
];
var ListSSHPublicKeysResponse$ = [3, n0, _LSSHPKRi,
    0,
    [_SSHPKu, _IT, _Ma],
    [() => SSHPublicKeyListType, 2, 0]
];
var ListUserPoliciesRequest$ = [3, n0, _LUPR,
    0,
    [_UN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListUserPoliciesResponse$ = [3, n0, _LUPRi,
    0,
    [_PNo, _IT, _Ma],
    [64 | 0, 2, 0], 1
];
var ListUsersRequest$ = [3, n0, _LUR,
    0,
    [_PPat, _Ma, _MI],
    [0, 0, 1]
];
var ListUsersResponse$ = [3, n0, _LURi,
    0,
    [_Use, _IT, _Ma],
    [() => userListType, 2, 0], 1
];
var ListUserTagsRequest$ = [3, n0, _LUTR,
    0,
    [_UN, _Ma, _MI],
    [0, 0, 1], 1
];
var ListUserTagsResponse$ = [3, n0, _LUTRi,
    0,
    [_T, _IT, _Ma],
    [() => tagListType, 2, 0], 1
];
var ListVirtualMFADevicesRequest$ = [3, n0, _LVMFADR,
    0,
    [_AS, _Ma, _MI],
    [0, 0, 1]
];
var ListVirtualMFADevicesResponse$ = [3, n0, _LVMFADRi,
    0,
    [_VMFADi, _IT, _Ma],
    [[() => virtualMFADeviceListType, 0], 2, 0], 1
];
var LoginProfile$ = [3, n0, _LP,
    0,
    [_UN, _CD, _PRR],
    [0, 4, 2], 2
];
var ManagedPolicyDetail$ = [3, n0, _MPD,
    0,
    [_PN, _PI, _A, _Pa, _DVI, _ACt, _PBUC, _IA, _D, _CD, _UD, _PVL],
    [0, 0, 0, 0, 0, 1, 1, 2, 0, 4, 4, () => policyDocumentVersionListType]
];
var MFADevice$ = [3, n0, _MFADe,
    0,
    [_UN, _SNer, _EDn],
    [0, 0, 4], 3
];
var OpenIDConnectProviderListEntry$ = [3, n0, _OIDCPLE,
    0,
    [_A],
    [0]
];
var OrderedOrganizationPolicyType$ = [3, n0, _OOPT,
    0,
    [_SCPIL],
    [64 | 0]
];
var OrganizationsDecisionDetail$ = [3, n0, _ODD,
    0,
    [_ABO],
    [2]
];
var ParameterDefinition$ = [3, n0, _PDa,
    0,
    [_N, _Ty, _ST, _D, _IR, _DV, _Im],
    [0, 0, 0, 0, 2, 0, 2], 2
];
var PasswordPolicy$ = [3, n0, _PPa,
    0,
    [_MPL, _RS, _RNeq, _RUC, _RLC, _AUTCP, _EPx, _MPA, _PRP, _HE],
    [1, 2, 2, 2, 2, 2, 2, 1, 1, 2]
];
var PermissionsBoundaryDecisionDetail$ = [3, n0, _PBDD,
    0,
    [_ABPB],
    [2]
];
var Policy$ = [3, n0, _Po,
    0,
    [_PN, _PI, _A, _Pa, _DVI, _ACt, _PBUC, _IA, _D, _CD, _UD, _T],
    [0, 0, 0, 0, 0, 1, 1, 2, 0, 4, 4, () => tagListType]
];
var PolicyDetail$ = [3, n0, _PDo,
    0,
    [_PN, _PD],
    [0, 0]
];
var PolicyGrantingServiceAccess$ = [3, n0, _PGSAo,
    0,
    [_PN, _PT, _PA, _ETn, _EN],
    [0, 0, 0, 0, 0], 2
];
var PolicyGroup$ = [3, n0, _PGo,
    0,
    [_GN, _GI],
    [0, 0]
];
var PolicyParameter$ = [3, n0, _PPo,
    0,
    [_N, _Va, _Ty],
    [0, 64 | 0, 0]
];
var PolicyRole$ = [3, n0, _PRo,
    0,
    [_RN, _RIo],
    [0, 0]
];
var PolicyUser$ = [3, n0, _PUo,
    0,
    [_UN, _UI],
    [0, 0]
];
var PolicyVersion$ = [3, n0, _PV,
    0,
    [_Do, _VI, _IDV, _CD],
    [0, 0, 2, 4]
];
var Position$ = [3, n0, _Pos,
    0,
    [_Li, _Col],
    [1, 1]
];
var PutAccountPropertiesRequest$ = [3, n0, _PAPR,
    0,
    [_Pr],
    [128 | 0], 1
];
var PutAccountPropertiesResponse$ = [3, n0, _PAPRu,
    0,
    [],
    []
];
var PutGroupPolicyRequest$ = [3, n0, _PGPR,
    0,
    [_GN, _PN, _PD],
    [0, 0, 0], 3
];
var PutRolePermissionsBoundaryRequest$ = [3, n0, _PRPBR,
    0,
    [_RN, _PB],
    [0, 0], 2
];
var PutRolePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_RN, _PN, _PD],
    [0, 0, 0], 3
];
var PutUserPermissionsBoundaryRequest$ = [3, n0, _PUPBR,
    0,
    [_UN, _PB],
    [0, 0], 2
];
var PutUserPolicyRequest$ = [3, n0, _PUPR,
    0,
    [_UN, _PN, _PD],
    [0, 0, 0], 3
];
var RejectDelegationRequestRequest$ = [3, n0, _RDRR,
    0,
    [_DRI, _No],
    [0, 0], 1
];
var RemoveClientIDFromOpenIDConnectProviderRequest$ = [3, n0, _RCIDFOIDCPR,
    0,
    [_OIDCPA, _CID],
    [0, 0], 2
];
var RemoveRoleFromInstanceProfileRequest$ = [3, n0, _RRFIPR,
    0,
    [_IPN, _RN],
    [0, 0], 2
];
var RemoveUserFromGroupRequest$ = [3, n0, _RUFGR,
    0,
    [_GN, _UN],
    [0, 0], 2
];
var ReplacementValueEntry$ = [3, n0, _RVE,
    0,
    [_Va],
    [64 | 0], 1
];
var ResetServiceSpecificCredentialRequest$ = [3, n0, _RSSCR,
    0,
    [_SSCI, _UN],
    [0, 0], 1
];
var ResetServiceSpecificCredentialResponse$ = [3, n0, _RSSCRe,
    0,
    [_SSC],
    [[() => ServiceSpecificCredential$, 0]]
];
var ResourceSpecificResult$ = [3, n0, _RSRe,
    0,
    [_ERN, _ERD, _MS, _MCV, _EDD, _PBDD],
    [0, 0, () => StatementListType, 64 | 0, 128 | 0, () => PermissionsBoundaryDecisionDetail$], 2
];
var ResyncMFADeviceRequest$ = [3, n0, _RMFADR,
    0,
    [_UN, _SNer, _AC, _ACu],
    [0, 0, 0, 0], 4
];
var Role$ = [3, n0, _Ro,
    0,
    [_Pa, _RN, _RIo, _A, _CD, _ARPD, _D, _MSD, _PB, _T, _RLU, _SRT],
    [0, 0, 0, 0, 4, 0, 0, 1, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$, () => SourceRoleTemplate$], 5
];
var RoleDetail$ = [3, n0, _RD,
    0,
    [_Pa, _RN, _RIo, _A, _CD, _ARPD, _IPL, _RPL, _AMP, _PB, _T, _RLU],
    [0, 0, 0, 0, 4, 0, () => instanceProfileListType, () => policyDetailListType, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType, () => RoleLastUsed$]
];
var RoleLastUsed$ = [3, n0, _RLU,
    0,
    [_LUD, _R],
    [4, 0]
];
var RoleTemplateVersion$ = [3, n0, _RTV,
    0,
    [_TA, _TN, _TVI, _D, _MVa, _DMV, _MBT, _MBV, _Ena, _MV, _RNP, _RPP, _RDP, _ARPDT, _IPT, _MPAa, _PBAe, _PDar, _RTT, _MSD, _VE, _CT, _UTp],
    [0, 0, 0, 0, 1, 1, 0, 0, 2, 1, 0, 0, 0, 0, () => inlinePolicyTemplateListType, 64 | 0, 0, () => parametersDefinitionListType, () => tagTemplateListType, 1, 2, 4, 4]
];
var RoleUsageType$ = [3, n0, _RUT,
    0,
    [_R, _Res],
    [0, 64 | 0]
];
var SAMLPrivateKey$ = [3, n0, _SAMLPK,
    0,
    [_KI, _Ti],
    [0, 4]
];
var SAMLProviderListEntry$ = [3, n0, _SAMLPLE,
    0,
    [_A, _VU, _CD],
    [0, 4, 4]
];
var SendDelegationTokenRequest$ = [3, n0, _SDTR,
    0,
    [_DRI],
    [0], 1
];
var ServerCertificate$ = [3, n0, _SCe,
    0,
    [_SCM, _CB, _CC, _T],
    [() => ServerCertificateMetadata$, 0, 0, () => tagListType], 2
];
var ServerCertificateMetadata$ = [3, n0, _SCM,
    0,
    [_Pa, _SCN, _SCI, _A, _UDp, _Ex],
    [0, 0, 0, 0, 4, 4], 4
];
var ServiceLastAccessed$ = [3, n0, _SLAe,
    0,
    [_SN, _SNe, _LA, _LAE, _LAR, _TAE, _TALA],
    [0, 0, 4, 0, 0, 1, () => TrackedActionsLastAccessed], 2
];
var ServiceSpecificCredential$ = [3, n0, _SSC,
    0,
    [_CD, _SN, _SSCI, _UN, _S, _EDx, _SUN, _SP, _SCA, _SCS],
    [4, 0, 0, 0, 0, 4, 0, [() => servicePassword, 0], 0, [() => serviceCredentialSecret, 0]], 5
];
var ServiceSpecificCredentialMetadata$ = [3, n0, _SSCM,
    0,
    [_UN, _S, _CD, _SSCI, _SN, _SUN, _SCA, _EDx],
    [0, 0, 4, 0, 0, 0, 0, 4], 5
];
var SetDefaultPolicyVersionRequest$ = [3, n0, _SDPVR,
    0,
    [_PA, _VI],
    [0, 0], 2
];
var SetSecurityTokenServicePreferencesRequest$ = [3, n0, _SSTSPR,
    0,
    [_GETV],
    [0], 1
];
var SigningCertificate$ = [3, n0, _SCi,
    0,
    [_UN, _CI, _CB, _S, _UDp],
    [0, 0, 0, 0, 4], 4
];
var SimulateCustomPolicyRequest$ = [3, n0, _SCPR,
    0,
    [_PIL, _ANc, _PBPIL, _OOPIL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
    [64 | 0, 64 | 0, 64 | 0, () => OrganizationPolicyListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0], 2
];
var SimulatePolicyResponse$ = [3, n0, _SPR,
    0,
    [_ERv, _IT, _Ma],
    [() => EvaluationResultsListType, 2, 0]
];
var SimulatePrincipalPolicyRequest$ = [3, n0, _SPPR,
    0,
    [_PSA, _ANc, _PIL, _PBPIL, _PEL, _RA, _RP, _RO, _CA, _CEo, _RHO, _MI, _Ma],
    [0, 64 | 0, 64 | 0, 64 | 0, () => PolicyExclusionsListType, 64 | 0, 0, 0, 0, () => ContextEntryListType, 0, 1, 0], 2
];
var SourceRoleTemplate$ = [3, n0, _SRT,
    0,
    [_TA, _TMV],
    [0, 1], 2
];
var SSHPublicKey$ = [3, n0, _SSHPK,
    0,
    [_UN, _SSHPKI, _Fi, _SSHPKB, _S, _UDp],
    [0, 0, 0, 0, 0, 4], 5
];
var SSHPublicKeyMetadata$ = [3, n0, _SSHPKM,
    0,
    [_UN, _SSHPKI, _S, _UDp],
    [0, 0, 0, 4], 4
];
var Statement$ = [3, n0, _Sta,
    0,
    [_SPI, _SPT, _SPt, _EPn],
    [0, 0, () => Position$, () => Position$]
];
var Tag$ = [3, n0, _Ta,
    0,
    [_K, _Val],
    [0, 0], 2
];
var TagInstanceProfileRequest$ = [3, n0, _TIPR,
    0,
    [_IPN, _T],
    [0, () => tagListType], 2
];
var TagMFADeviceRequest$ = [3, n0, _TMFADR,
    0,
    [_SNer, _T],
    [0, () => tagListType], 2
];
var TagOpenIDConnectProviderRequest$ = [3, n0, _TOIDCPR,
    0,
    [_OIDCPA, _T],
    [0, () => tagListType], 2
];
var TagPolicyRequest$ = [3, n0, _TPR,
    0,
    [_PA, _T],
    [0, () => tagListType], 2
];
var TagRoleRequest$ = [3, n0, _TRR,
    0,
    [_RN, _T],
    [0, () => tagListType], 2
];
var TagSAMLProviderRequest$ = [3, n0, _TSAMLPR,
    0,
    [_SAMLPA, _T],
    [0, () => tagListType], 2
];
var TagServerCertificateRequest$ = [3, n0, _TSCR,
    0,
    [_SCN, _T],
    [0, () => tagListType], 2
];
var TagTemplate$ = [3, n0, _TT,
    0,
    [_K, _Val],
    [0, 0], 2
];
var TagUserRequest$ = [3, n0, _TUR,
    0,
    [_UN, _T],
    [0, () => tagListType], 2
];
var TrackedActionLastAccessed$ = [3, n0, _TALAr,
    0,
    [_ANct, _LAEa, _LATa, _LARa],
    [0, 0, 4, 0]
];
var UntagInstanceProfileRequest$ = [3, n0, _UIPR,
    0,
    [_IPN, _TK],
    [0, 64 | 0], 2
];
var UntagMFADeviceRequest$ = [3, n0, _UMFADR,
    0,
    [_SNer, _TK],
    [0, 64 | 0], 2
];
var UntagOpenIDConnectProviderRequest$ = [3, n0, _UOIDCPR,
    0,
    [_OIDCPA, _TK],
    [0, 64 | 0], 2
];
var UntagPolicyRequest$ = [3, n0, _UPR,
    0,
    [_PA, _TK],
    [0, 64 | 0], 2
];
var UntagRoleRequest$ = [3, n0, _URR,
    0,
    [_RN, _TK],
    [0, 64 | 0], 2
];
var UntagSAMLProviderRequest$ = [3, n0, _USAMLPR,
    0,
    [_SAMLPA, _TK],
    [0, 64 | 0], 2
];
var UntagServerCertificateRequest$ = [3, n0, _USCR,
    0,
    [_SCN, _TK],
    [0, 64 | 0], 2
];
var UntagUserRequest$ = [3, n0, _UUR,
    0,
    [_UN, _TK],
    [0, 64 | 0], 2
];
var UpdateAccessKeyRequest$ = [3, n0, _UAKR,
    0,
    [_AKI, _S, _UN],
    [0, 0, 0], 2
];
var UpdateAccountPasswordPolicyRequest$ = [3, n0, _UAPPR,
    0,
    [_MPL, _RS, _RNeq, _RUC, _RLC, _AUTCP, _MPA, _PRP, _HE],
    [1, 2, 2, 2, 2, 2, 1, 1, 2]
];
var UpdateAssumeRolePolicyRequest$ = [3, n0, _UARPR,
    0,
    [_RN, _PD],
    [0, 0], 2
];
var UpdateDelegationRequestRequest$ = [3, n0, _UDRR,
    0,
    [_DRI, _No],
    [0, 0], 1
];
var UpdateGroupRequest$ = [3, n0, _UGR,
    0,
    [_GN, _NPe, _NGN],
    [0, 0, 0], 1
];
var UpdateLoginProfileRequest$ = [3, n0, _ULPR,
    0,
    [_UN, _Pas, _PRR],
    [0, [() => passwordType, 0], 2], 1
];
var UpdateOpenIDConnectProviderThumbprintRequest$ = [3, n0, _UOIDCPTR,
    0,
    [_OIDCPA, _TL],
    [0, 64 | 0], 2
];
var UpdateRoleDescriptionRequest$ = [3, n0, _URDR,
    0,
    [_RN, _D],
    [0, 0], 2
];
var UpdateRoleDescriptionResponse$ = [3, n0, _URDRp,
    0,
    [_Ro],
    [() => Role$]
];
var UpdateRoleRequest$ = [3, n0, _URRp,
    0,
    [_RN, _D, _MSD],
    [0, 0, 1], 1
];
var UpdateRoleResponse$ = [3, n0, _URRpd,
    0,
    [],
    []
];
var UpdateSAMLProviderRequest$ = [3, n0, _USAMLPRp,
    0,
    [_SAMLPA, _SAMLMD, _AEM, _APK, _RPK],
    [0, 0, 0, [() => privateKeyType, 0], 0], 1
];
var UpdateSAMLProviderResponse$ = [3, n0, _USAMLPRpd,
    0,
    [_SAMLPA],
    [0]
];
var UpdateServerCertificateRequest$ = [3, n0, _USCRp,
    0,
    [_SCN, _NPe, _NSCN],
    [0, 0, 0], 1
];
var UpdateServiceSpecificCredentialRequest$ = [3, n0, _USSCR,
    0,
    [_SSCI, _S, _UN],
    [0, 0, 0], 2
];
var UpdateSigningCertificateRequest$ = [3, n0, _USCRpd,
    0,
    [_CI, _S, _UN],
    [0, 0, 0], 2
];
var UpdateSSHPublicKeyRequest$ = [3, n0, _USSHPKR,
    0,
    [_UN, _SSHPKI, _S],
    [0, 0, 0], 3
];
var UpdateUserRequest$ = [3, n0, _UURp,
    0,
    [_UN, _NPe, _NUN],
    [0, 0, 0], 1
];
var UploadServerCertificateRequest$ = [3, n0, _USCRpl,
    0,
    [_SCN, _CB, _PK, _Pa, _CC, _T],
    [0, 0, [() => privateKeyType, 0], 0, 0, () => tagListType], 3
];
var UploadServerCertificateResponse$ = [3, n0, _USCRplo,
    0,
    [_SCM, _T],
    [() => ServerCertificateMetadata$, () => tagListType]
];
var UploadSigningCertificateRequest$ = [3, n0, _USCRploa,
    0,
    [_CB, _UN],
    [0, 0], 1
];
var UploadSigningCertificateResponse$ = [3, n0, _USCRpload,
    0,
    [_Cert],
    [() => SigningCertificate$], 1
];
var UploadSSHPublicKeyRequest$ = [3, n0, _USSHPKRp,
    0,
    [_UN, _SSHPKB],
    [0, 0], 2
];
var UploadSSHPublicKeyResponse$ = [3, n0, _USSHPKRpl,
    0,
    [_SSHPK],
    [() => SSHPublicKey$]
];
var User$ = [3, n0, _Us,
    0,
    [_Pa, _UN, _UI, _A, _CD, _PLU, _PB, _T],
    [0, 0, 0, 0, 4, 4, () => AttachedPermissionsBoundary$, () => tagListType], 5
];
var UserDetail$ = [3, n0, _UDs,
    0,
    [_Pa, _UN, _UI, _A, _CD, _UPL, _GL, _AMP, _PB, _T],
    [0, 0, 0, 0, 4, () => policyDetailListType, 64 | 0, () => attachedPoliciesListType, () => AttachedPermissionsBoundary$, () => tagListType]
];
var VirtualMFADevice$ = [3, n0, _VMFAD,
    0,
    [_SNer, _BSS, _QRCPNG, _Us, _EDn, _T],
    [0, [() => BootstrapDatum, 0], [() => BootstrapDatum, 0], () => User$, 4, () => tagListType], 1
];
var __Unit = "unit";
var AccessDetails = [1, n0, _ADc,
    0, () => AccessDetail$
];
var accessKeyMetadataListType = [1, n0, _aKMLT,
    0, () => AccessKeyMetadata$
];
var attachedPoliciesListType = [1, n0, _aPLT,
    0, () => AttachedPolicy$
];
var certificateListType = [1, n0, _cLT,
    0, () => SigningCertificate$
];
var ContextEntryListType = [1, n0, _CELT,
    0, () => ContextEntry$
];
var delegationRequestsListType = [1, n0, _dRLT,
    0, () => DelegationRequest$
];
var entityDetailsListType = [1, n0, _eDLT,
    0, () => EntityDetails$
];
var EvaluationResultsListType = [1, n0, _ERLT,
    0, () => EvaluationResult$
];
var groupDetailListType = [1, n0, _gDLT,
    0, () => GroupDetail$
];
var groupListType = [1, n0, _gLT,
    0, () => Group$
];
var inlinePolicyTemplateListType = [1, n0, _iPTLT,
    0, () => InlinePolicy$
];
var instanceProfileListType = [1, n0, _iPLT,
    0, () => InstanceProfile$
];
var listPolicyGrantingServiceAccessResponseListType = [1, n0, _lPGSARLT,
    0, () => ListPoliciesGrantingServiceAccessEntry$
];
var ManagedPolicyDetailListType = [1, n0, _MPDLT,
    0, () => ManagedPolicyDetail$
];
var mfaDeviceListType = [1, n0, _mDLT,
    0, () => MFADevice$
];
var OpenIDConnectProviderListType = [1, n0, _OIDCPLT,
    0, () => OpenIDConnectProviderListEntry$
];
var OrganizationPolicyListType = [1, n0, _OPLT,
    0, () => OrderedOrganizationPolicyType$
];
var parametersDefinitionListType = [1, n0, _pDLT,
    0, () => ParameterDefinition$
];
var policyDetailListType = [1, n0, _pDLTo,
    0, () => PolicyDetail$
];
var policyDocumentVersionListType = [1, n0, _pDVLT,
    0, () => PolicyVersion$
];
var PolicyExclusionsListType = [1, n0, _PELT,
    0, () => PolicyIdentifier$
];
var policyGrantingServiceAccessListType = [1, n0, _pGSALT,
    0, () => PolicyGrantingServiceAccess$
];
var PolicyGroupListType = [1, n0, _PGLT,
    0, () => PolicyGroup$
];
var policyListType = [1, n0, _pLT,
    0, () => Policy$
];
var policyParameterListType = [1, n0, _pPLT,
    0, () => PolicyParameter$
];
var PolicyRoleListType = [1, n0, _PRLT,
    0, () => PolicyRole$
];
var PolicyUserListType = [1, n0, _PULT,
    0, () => PolicyUser$
];
var privateKeyList = [1, n0, _pKL,
    0, () => SAMLPrivateKey$
];
var ResourceSpecificResultListType = [1, n0, _RSRLT,
    0, () => ResourceSpecificResult$
];
var roleDetailListType = [1, n0, _rDLT,
    0, () => RoleDetail$
];
var roleListType = [1, n0, _rLT,
    0, () => Role$
];
var RoleUsageListType = [1, n0, _RULT,
    0, () => RoleUsageType$
];
var SAMLProviderListType = [1, n0, _SAMLPLT,
    0, () => SAMLProviderListEntry$
];
var serverCertificateMetadataListType = [1, n0, _sCMLT,
    0, () => ServerCertificateMetadata$
];
var ServicesLastAccessed = [1, n0, _SLA,
    0, () => ServiceLastAccessed$
];
var ServiceSpecificCredentialsListType = [1, n0, _SSCLT,
    0, () => ServiceSpecificCredentialMetadata$
];
var SSHPublicKeyListType = [1, n0, _SSHPKLT,
    0, () => SSHPublicKeyMetadata$
];
var StatementListType = [1, n0, _SLT,
    0, () => Statement$
];
var tagListType = [1, n0, _tLT,
    0, () => Tag$
];
var tagTemplateListType = [1, n0, _tTLT,
    0, () => TagTemplate$
];
var TrackedActionsLastAccessed = [1, n0, _TALA,
    0, () => TrackedActionLastAccessed$
];
var userDetailListType = [1, n0, _uDLT,
    0, () => UserDetail$
];
var userListType = [1, n0, _uLT,
    0, () => User$
];
var virtualMFADeviceListType = [1, n0, _vMFADLT,
    0, [() => VirtualMFADevice$,
        0]
];
var mapStringReplacementValueEntry = [2, n0, _mSRVE,
    0, 0, () => ReplacementValueEntry$
];
var PolicyIdentifier$ = [4, n0, _PIo,
    0,
    [_PT, _PA, _IPIn],
    [0, 0, () => InlinePolicyIdentifierType$]
];
var AcceptDelegationRequest$ = [9, n0, _ADR,
    0, () => AcceptDelegationRequestRequest$, () => __Unit
];
var AcquireRole$ = [9, n0, _AR,
    0, () => AcquireRoleRequest$, () => AcquireRoleResponse$
];
var AddClientIDToOpenIDConnectProvider$ = [9, n0, _ACIDTOIDCP,
    0, () => AddClientIDToOpenIDConnectProviderRequest$, () => __Unit
];
var AddRoleToInstanceProfile$ = [9, n0, _ARTIP,
    0, () => AddRoleToInstanceProfileRequest$, () => __Unit
];
var AddUserToGroup$ = [9, n0, _AUTG,
    0, () => AddUserToGroupRequest$, () => __Unit
];
var AssociateDelegationRequest$ = [9, n0, _ADRs,
    0, () => AssociateDelegationRequestRequest$, () => __Unit
];
var AttachGroupPolicy$ = [9, n0, _AGP,
    0, () => AttachGroupPolicyRequest$, () => __Unit
];
var AttachRolePolicy$ = [9, n0, _ARP,
    0, () => AttachRolePolicyRequest$, () => __Unit
];
var AttachUserPolicy$ = [9, n0, _AUP,
    0, () => AttachUserPolicyRequest$, () => __Unit
];
var ChangePassword$ = [9, n0, _CP,
    0, () => ChangePasswordRequest$, () => __Unit
];
var CreateAccessKey$ = [9, n0, _CAK,
    0, () => CreateAccessKeyRequest$, () => CreateAccessKeyResponse$
];
var CreateAccountAlias$ = [9, n0, _CAA,
    0, () => CreateAccountAliasRequest$, () => __Unit
];
var CreateDelegationRequest$ = [9, n0, _CDR,
    0, () => CreateDelegationRequestRequest$, () => CreateDelegationRequestResponse$
];
var CreateGroup$ = [9, n0, _CG,
    0, () => CreateGroupRequest$, () => CreateGroupResponse$
];
var CreateInstanceProfile$ = [9, n0, _CIP,
    0, () => CreateInstanceProfileRequest$, () => CreateInstanceProfileResponse$
];
var CreateLoginProfile$ = [9, n0, _CLP,
    0, () => CreateLoginProfileRequest$, () => CreateLoginProfileResponse$
];
var CreateOpenIDConnectProvider$ = [9, n0, _COIDCP,
    0, () => CreateOpenIDConnectProviderRequest$, () => CreateOpenIDConnectProviderResponse$
];
var CreatePolicy$ = [9, n0, _CPr,
    0, () => CreatePolicyRequest$, () => CreatePolicyResponse$
];
var CreatePolicyVersion$ = [9, n0, _CPV,
    0, () => CreatePolicyVersionRequest$, () => CreatePolicyVersionResponse$
];
var CreateRole$ = [9, n0, _CR,
    0, () => CreateRoleRequest$, () => CreateRoleResponse$
];
var CreateSAMLProvider$ = [9, n0, _CSAMLP,
    0, () => CreateSAMLProviderRequest$, () => CreateSAMLProviderResponse$
];
var CreateServiceLinkedRole$ = [9, n0, _CSLR,
    0, () => CreateServiceLinkedRoleRequest$, () => CreateServiceLinkedRoleResponse$
];
var CreateServiceSpecificCredential$ = [9, n0, _CSSC,
    0, () => CreateServiceSpecificCredentialRequest$, () => CreateServiceSpecificCredentialResponse$
];
var CreateUser$ = [9, n0, _CU,
    0, () => CreateUserRequest$, () => CreateUserResponse$
];
var CreateVirtualMFADevice$ = [9, n0, _CVMFAD,
    0, () => CreateVirtualMFADeviceRequest$, () => CreateVirtualMFADeviceResponse$
];
var DeactivateMFADevice$ = [9, n0, _DMFAD,
    0, () => DeactivateMFADeviceRequest$, () => __Unit
];
var DeleteAccessKey$ = [9, n0, _DAK,
    0, () => DeleteAccessKeyRequest$, () => __Unit
];
var DeleteAccountAlias$ = [9, n0, _DAA,
    0, () => DeleteAccountAliasRequest$, () => __Unit
];
var DeleteAccountPasswordPolicy$ = [9, n0, _DAPP,
    0, () => __Unit, () => __Unit
];
var DeleteGroup$ = [9, n0, _DG,
    0, () => DeleteGroupRequest$, () => __Unit
];
var DeleteGroupPolicy$ = [9, n0, _DGP,
    0, () => DeleteGroupPolicyRequest$, () => __Unit
];
var DeleteInstanceProfile$ = [9, n0, _DIP,
    0, () => DeleteInstanceProfileRequest$, () => __Unit
];
var DeleteLoginProfile$ = [9, n0, _DLP,
    0, () => DeleteLoginProfileRequest$, () => __Unit
];
var DeleteOpenIDConnectProvider$ = [9, n0, _DOIDCP,
    0, () => DeleteOpenIDConnectProviderRequest$, () => __Unit
];
var DeletePolicy$ = [9, n0, _DPe,
    0, () => DeletePolicyRequest$, () => __Unit
];
var DeletePolicyVersion$ = [9, n0, _DPV,
    0, () => DeletePolicyVersionRequest$, () => __Unit
];
var DeleteRole$ = [9, n0, _DRel,
    0, () => DeleteRoleRequest$, () => __Unit
];
var DeleteRolePermissionsBoundary$ = [9, n0, _DRPB,
    0, () => DeleteRolePermissionsBoundaryRequest$, () => __Unit
];
var DeleteRolePolicy$ = [9, n0, _DRP,
    0, () => DeleteRolePolicyRequest$, () => __Unit
];
var DeleteSAMLProvider$ = [9, n0, _DSAMLP,
    0, () => DeleteSAMLProviderRequest$, () => __Unit
];
var DeleteServerCertificate$ = [9, n0, _DSC,
    0, () => DeleteServerCertificateRequest$, () => __Unit
];
var DeleteServiceLinkedRole$ = [9, n0, _DSLR,
    0, () => DeleteServiceLinkedRoleRequest$, () => DeleteServiceLinkedRoleResponse$
];
var DeleteServiceSpecificCredential$ = [9, n0, _DSSC,
    0, () => DeleteServiceSpecificCredentialRequest$, () => __Unit
];
var DeleteSigningCertificate$ = [9, n0, _DSCe,
    0, () => DeleteSigningCertificateRequest$, () => __Unit
];
var DeleteSSHPublicKey$ = [9, n0, _DSSHPK,
    0, () => DeleteSSHPublicKeyRequest$, () => __Unit
];
var DeleteUser$ = [9, n0, _DU,
    0, () => DeleteUserRequest$, () => __Unit
];
var DeleteUserPermissionsBoundary$ = [9, n0, _DUPB,
    0, () => DeleteUserPermissionsBoundaryRequest$, () => __Unit
];
var DeleteUserPolicy$ = [9, n0, _DUP,
    0, () => DeleteUserPolicyRequest$, () => __Unit
];
var DeleteVirtualMFADevice$ = [9, n0, _DVMFAD,
    0, () => DeleteVirtualMFADeviceRequest$, () => __Unit
];
var DetachGroupPolicy$ = [9, n0, _DGPe,
    0, () => DetachGroupPolicyRequest$, () => __Unit
];
var DetachRolePolicy$ = [9, n0, _DRPe,
    0, () => DetachRolePolicyRequest$, () => __Unit
];
var DetachUserPolicy$ = [9, n0, _DUPe,
    0, () => DetachUserPolicyRequest$, () => __Unit
];
var DisableOrganizationsRootCredentialsManagement$ = [9, n0, _DORCM,
    0, () => DisableOrganizationsRootCredentialsManagementRequest$, () => DisableOrganizationsRootCredentialsManagementResponse$
];
var DisableOrganizationsRootSessions$ = [9, n0, _DORS,
    0, () => DisableOrganizationsRootSessionsRequest$, () => DisableOrganizationsRootSessionsResponse$
];
var DisableOutboundWebIdentityFederation$ = [9, n0, _DOWIF,
    0, () => __Unit, () => __Unit
];
var EnableMFADevice$ = [9, n0, _EMFAD,
    0, () => EnableMFADeviceRequest$, () => __Unit
];
var EnableOrganizationsRootCredentialsManagement$ = [9, n0, _EORCM,
    0, () => EnableOrganizationsRootCredentialsManagementRequest$, () => EnableOrganizationsRootCredentialsManagementResponse$
];
var EnableOrganizationsRootSessions$ = [9, n0, _EORS,
    0, () => EnableOrganizationsRootSessionsRequest$, () => EnableOrganizationsRootSessionsResponse$
];
var EnableOutboundWebIdentityFederation$ = [9, n0, _EOWIF,
    0, () => __Unit, () => EnableOutboundWebIdentityFederationResponse$
];
var GenerateCredentialReport$ = [9, n0, _GCR,
    0, () => __Unit, () => GenerateCredentialReportResponse$
];
var GenerateOrganizationsAccessReport$ = [9, n0, _GOAR,
    0, () => GenerateOrganizationsAccessReportRequest$, () => GenerateOrganizationsAccessReportResponse$
];
var GenerateServiceLastAccessedDetails$ = [9, n0, _GSLAD,
    0, () => GenerateServiceLastAccessedDetailsRequest$, () => GenerateServiceLastAccessedDetailsResponse$
];
var GetAccessKeyLastUsed$ = [9, n0, _GAKLU,
    0, () => GetAccessKeyLastUsedRequest$, () => GetAccessKeyLastUsedResponse$
];
var GetAccountAuthorizationDetails$ = [9, n0, _GAAD,
    0, () => GetAccountAuthorizationDetailsRequest$, () => GetAccountAuthorizationDetailsResponse$
];
var GetAccountPasswordPolicy$ = [9, n0, _GAPP,
    0, () => __Unit, () => GetAccountPasswordPolicyResponse$
];
var GetAccountProperties$ = [9, n0, _GAP,
    0, () => GetAccountPropertiesRequest$, () => GetAccountPropertiesResponse$
];
var GetAccountSummary$ = [9, n0, _GAS,
    0, () => __Unit, () => GetAccountSummaryResponse$
];
var GetContextKeysForCustomPolicy$ = [9, n0, _GCKFCP,
    0, () => GetContextKeysForCustomPolicyRequest$, () => GetContextKeysForPolicyResponse$
];
var GetContextKeysForPrincipalPolicy$ = [9, n0, _GCKFPP,
    0, () => GetContextKeysForPrincipalPolicyRequest$, () => GetContextKeysForPolicyResponse$
];
var GetCredentialReport$ = [9, n0, _GCRe,
    0, () => __Unit, () => GetCredentialReportResponse$
];
var GetDelegationRequest$ = [9, n0, _GDR,
    0, () => GetDelegationRequestRequest$, () => GetDelegationRequestResponse$
];
var GetGroup$ = [9, n0, _GG,
    0, () => GetGroupRequest$, () => GetGroupResponse$
];
var GetGroupPolicy$ = [9, n0, _GGP,
    0, () => GetGroupPolicyRequest$, () => GetGroupPolicyResponse$
];
var GetHumanReadableSummary$ = [9, n0, _GHRS,
    0, () => GetHumanReadableSummaryRequest$, () => GetHumanReadableSummaryResponse$
];
var GetInstanceProfile$ = [9, n0, _GIP,
    0, () => GetInstanceProfileRequest$, () => GetInstanceProfileResponse$
];
var GetLoginProfile$ = [9, n0, _GLP,
    0, () => GetLoginProfileRequest$, () => GetLoginProfileResponse$
];
var GetMFADevice$ = [9, n0, _GMFAD,
    0, () => GetMFADeviceRequest$, () => GetMFADeviceResponse$
];
var GetOpenIDConnectProvider$ = [9, n0, _GOIDCP,
    0, () => GetOpenIDConnectProviderRequest$, () => GetOpenIDConnectProviderResponse$
];
var GetOrganizationsAccessReport$ = [9, n0, _GOARe,
    0, () => GetOrganizationsAccessReportRequest$, () => GetOrganizationsAccessReportResponse$
];
var GetOutboundWebIdentityFederationInfo$ = [9, n0, _GOWIFI,
    0, () => __Unit, () => GetOutboundWebIdentityFederationInfoResponse$
];
var GetPolicy$ = [9, n0, _GP,
    0, () => GetPolicyRequest$, () => GetPolicyResponse$
];
var GetPolicyVersion$ = [9, n0, _GPV,
    0, () => GetPolicyVersionRequest$, () => GetPolicyVersionResponse$
];
var GetRole$ = [9, n0, _GR,
    0, () => GetRoleRequest$, () => GetRoleResponse$
];
var GetRolePolicy$ = [9, n0, _GRP,
    0, () => GetRolePolicyRequest$, () => GetRolePolicyResponse$
];
var GetRoleTemplateVersion$ = [9, n0, _GRTV,
    0, () => GetRoleTemplateVersionRequest$, () => GetRoleTemplateVersionResponse$
];
var GetSAMLProvider$ = [9, n0, _GSAMLP,
    0, () => GetSAMLProviderRequest$, () => GetSAMLProviderResponse$
];
var GetServerCertificate$ = [9, n0, _GSC,
    0, () => GetServerCertificateRequest$, () => GetServerCertificateResponse$
];
var GetServiceLastAccessedDetails$ = [9, n0, _GSLADe,
    0, () => GetServiceLastAccessedDetailsRequest$, () => GetServiceLastAccessedDetailsResponse$
];
var GetServiceLastAccessedDetailsWithEntities$ = [9, n0, _GSLADWE,
    0, () => GetServiceLastAccessedDetailsWithEntitiesRequest$, () => GetServiceLastAccessedDetailsWithEntitiesResponse$
];
var GetServiceLinkedRoleDeletionStatus$ = [9, n0, _GSLRDS,
    0, () => GetServiceLinkedRoleDeletionStatusRequest$, () => GetServiceLinkedRoleDeletionStatusResponse$
];
var GetSSHPublicKey$ = [9, n0, _GSSHPK,
    0, () => GetSSHPublicKeyRequest$, () => GetSSHPublicKeyResponse$
];
var GetUser$ = [9, n0, _GU,
    0, () => GetUserRequest$, () => GetUserResponse$
];
var GetUserPolicy$ = [9, n0, _GUP,
    0, () => GetUserPolicyRequest$, () => GetUserPolicyResponse$
];
var ListAccessKeys$ = [9, n0, _LAK,
    0, () => ListAccessKeysRequest$, () => ListAccessKeysResponse$
];
var ListAccountAliases$ = [9, n0, _LAA,
    0, () => ListAccountAliasesRequest$, () => ListAccountAliasesResponse$
];
var ListAttachedGroupPolicies$ = [9, n0, _LAGP,
    0, () => ListAttachedGroupPoliciesRequest$, () => ListAttachedGroupPoliciesResponse$
];
var ListAttachedRolePolicies$ = [9, n0, _LARP,
    0, () => ListAttachedRolePoliciesRequest$, () => ListAttachedRolePoliciesResponse$
];
var ListAttachedUserPolicies$ = [9, n0, _LAUP,
    0, () => ListAttachedUserPoliciesRequest$, () => ListAttachedUserPoliciesResponse$
];
var ListDelegationRequests$ = [9, n0, _LDR,
    0, () => ListDelegationRequestsRequest$, () => ListDelegationRequestsResponse$
];
var ListEntitiesForPolicy$ = [9, n0, _LEFP,
    0, () => ListEntitiesForPolicyRequest$, () => ListEntitiesForPolicyResponse$
];
var ListGroupPolicies$ = [9, n0, _LGP,
    0, () => ListGroupPoliciesRequest$, () => ListGroupPoliciesResponse$
];
var ListGroups$ = [9, n0, _LG,
    0, () => ListGroupsRequest$, () => ListGroupsResponse$
];
var ListGroupsForUser$ = [9, n0, _LGFU,
    0, () => ListGroupsForUserRequest$, () => ListGroupsForUserResponse$
];
var ListInstanceProfiles$ = [9, n0, _LIP,
    0, () => ListInstanceProfilesRequest$, () => ListInstanceProfilesResponse$
];
var ListInstanceProfilesForRole$ = [9, n0, _LIPFR,
    0, () => ListInstanceProfilesForRoleRequest$, () => ListInstanceProfilesForRoleResponse$
];
var ListInstanceProfileTags$ = [9, n0, _LIPT,
    0, () => ListInstanceProfileTagsRequest$, () => ListInstanceProfileTagsResponse$
];
var ListMFADevices$ = [9, n0, _LMFAD,
    0, () => ListMFADevicesRequest$, () => ListMFADevicesResponse$
];
var ListMFADeviceTags$ = [9, n0, _LMFADT,
    0, () => ListMFADeviceTagsRequest$, () => ListMFADeviceTagsResponse$
];
var ListOpenIDConnectProviders$ = [9, n0, _LOIDCP,
    0, () => ListOpenIDConnectProvidersRequest$, () => ListOpenIDConnectProvidersResponse$
];
var ListOpenIDConnectProviderTags$ = [9, n0, _LOIDCPT,
    0, () => ListOpenIDConnectProviderTagsRequest$, () => ListOpenIDConnectProviderTagsResponse$
];
var ListOrganizationsFeatures$ = [9, n0, _LOF,
    0, () => ListOrganizationsFeaturesRequest$, () => ListOrganizationsFeaturesResponse$
];
var ListPolicies$ = [9, n0, _LPi,
    0, () => ListPoliciesRequest$, () => ListPoliciesResponse$
];
var ListPoliciesGrantingServiceAccess$ = [9, n0, _LPGSA,
    0, () => ListPoliciesGrantingServiceAccessRequest$, () => ListPoliciesGrantingServiceAccessResponse$
];
var ListPolicyTags$ = [9, n0, _LPT,
    0, () => ListPolicyTagsRequest$, () => ListPolicyTagsResponse$
];
var ListPolicyVersions$ = [9, n0, _LPV,
    0, () => ListPolicyVersionsRequest$, () => ListPolicyVersionsResponse$
];
var ListRolePolicies$ = [9, n0, _LRP,
    0, () => ListRolePoliciesRequest$, () => ListRolePoliciesResponse$
];
var ListRoles$ = [9, n0, _LR,
    0, () => ListRolesRequest$, () => ListRolesResponse$
];
var ListRoleTags$ = [9, n0, _LRT,
    0, () => ListRoleTagsRequest$, () => ListRoleTagsResponse$
];
var ListSAMLProviders$ = [9, n0, _LSAMLP,
    0, () => ListSAMLProvidersRequest$, () => ListSAMLProvidersResponse$
];
var ListSAMLProviderTags$ = [9, n0, _LSAMLPT,
    0, () => ListSAMLProviderTagsRequest$, () => ListSAMLProviderTagsResponse$
];
var ListServerCertificates$ = [9, n0, _LSC,
    0, () => ListServerCertificatesRequest$, () => ListServerCertificatesResponse$
];
var ListServerCertificateTags$ = [9, n0, _LSCT,
    0, () => ListServerCertificateTagsRequest$, () => ListServerCertificateTagsResponse$
];
var ListServiceSpecificCredentials$ = [9, n0, _LSSC,
    0, () => ListServiceSpecificCredentialsRequest$, () => ListServiceSpecificCredentialsResponse$
];
var ListSigningCertificates$ = [9, n0, _LSCi,
    0, () => ListSigningCertificatesRequest$, () => ListSigningCertificatesResponse$
];
var ListSSHPublicKeys$ = [9, n0, _LSSHPK,
    0, () => ListSSHPublicKeysRequest$, () => ListSSHPublicKeysResponse$
];
var ListUserPolicies$ = [9, n0, _LUP,
    0, () => ListUserPoliciesRequest$, () => ListUserPoliciesResponse$
];
var ListUsers$ = [9, n0, _LU,
    0, () => ListUsersRequest$, () => ListUsersResponse$
];
var ListUserTags$ = [9, n0, _LUT,
    0, () => ListUserTagsRequest$, () => ListUserTagsResponse$
];
var ListVirtualMFADevices$ = [9, n0, _LVMFAD,
    0, () => ListVirtualMFADevicesRequest$, () => ListVirtualMFADevicesResponse$
];
var PutAccountProperties$ = [9, n0, _PAP,
    0, () => PutAccountPropertiesRequest$, () => PutAccountPropertiesResponse$
];
var PutGroupPolicy$ = [9, n0, _PGP,
    0, () => PutGroupPolicyRequest$, () => __Unit
];
var PutRolePermissionsBoundary$ = [9, n0, _PRPB,
    0, () => PutRolePermissionsBoundaryRequest$, () => __Unit
];
var PutRolePolicy$ = [9, n0, _PRPu,
    0, () => PutRolePolicyRequest$, () => __Unit
];
var PutUserPermissionsBoundary$ = [9, n0, _PUPB,
    0, () => PutUserPermissionsBoundaryRequest$, () => __Unit
];
var PutUserPolicy$ = [9, n0, _PUP,
    0, () => PutUserPolicyRequest$, () => __Unit
];
var RejectDelegationRequest$ = [9, n0, _RDR,
    0, () => RejectDelegationRequestRequest$, () => __Unit
];
var RemoveClientIDFromOpenIDConnectProvider$ = [9, n0, _RCIDFOIDCP,
    0, () => RemoveClientIDFromOpenIDConnectProviderRequest$, () => __Unit
];
var RemoveRoleFromInstanceProfile$ = [9, n0, _RRFIP,
    0, () => RemoveRoleFromInstanceProfileRequest$, () => __Unit
];
var RemoveUserFromGroup$ = [9, n0, _RUFG,
    0, () => RemoveUserFromGroupRequest$, () => __Unit
];
var ResetServiceSpecificCredential$ = [9, n0, _RSSC,
    0, () => ResetServiceSpecificCredentialRequest$, () => ResetServiceSpecificCredentialResponse$
];
var ResyncMFADevice$ = [9, n0, _RMFAD,
    0, () => ResyncMFADeviceRequest$, () => __Unit
];
var SendDelegationToken$ = [9, n0, _SDT,
    0, () => SendDelegationTokenRequest$, () => __Unit
];
var SetDefaultPolicyVersion$ = [9, n0, _SDPV,
    0, () => SetDefaultPolicyVersionRequest$, () => __Unit
];
var SetSecurityTokenServicePreferences$ = [9, n0, _SSTSP,
    0, () => SetSecurityTokenServicePreferencesRequest$, () => __Unit
];
var SimulateCustomPolicy$ = [9, n0, _SCP,
    0, () => SimulateCustomPolicyRequest$, () => SimulatePolicyResponse$
];
var SimulatePrincipalPolicy$ = [9, n0, _SPP,
    0, () => SimulatePrincipalPolicyRequest$, () => SimulatePolicyResponse$
];
var TagInstanceProfile$ = [9, n0, _TIP,
    0, () => TagInstanceProfileRequest$, () => __Unit
];
var TagMFADevice$ = [9, n0, _TMFAD,
    0, () => TagMFADeviceRequest$, () => __Unit
];
var TagOpenIDConnectProvider$ = [9, n0, _TOIDCP,
    0, () => TagOpenIDConnectProviderRequest$, () => __Unit
];
var TagPolicy$ = [9, n0, _TP,
    0, () => TagPolicyRequest$, () => __Unit
];
var TagRole$ = [9, n0, _TR,
    0, () => TagRoleRequest$, () => __Unit
];
var TagSAMLProvider$ = [9, n0, _TSAMLP,
    0, () => TagSAMLProviderRequest$, () => __Unit
];
var TagServerCertificate$ = [9, n0, _TSC,
    0, () => TagServerCertificateRequest$, () => __Unit
];
var TagUser$ = [9, n0, _TU,
    0, () => TagUserRequest$, () => __Unit
];
var UntagInstanceProfile$ = [9, n0, _UIP,
    0, () => UntagInstanceProfileRequest$, () => __Unit
];
var UntagMFADevice$ = [9, n0, _UMFAD,
    0, () => UntagMFADeviceRequest$, () => __Unit
];
var UntagOpenIDConnectProvider$ = [9, n0, _UOIDCP,
    0, () => UntagOpenIDConnectProviderRequest$, () => __Unit
];
var UntagPolicy$ = [9, n0, _UP,
    0, () => UntagPolicyRequest$, () => __Unit
];
var UntagRole$ = [9, n0, _UR,
    0, () => UntagRoleRequest$, () => __Unit
];
var UntagSAMLProvider$ = [9, n0, _USAMLP,
    0, () => UntagSAMLProviderRequest$, () => __Unit
];
var UntagServerCertificate$ = [9, n0, _USC,
    0, () => UntagServerCertificateRequest$, () => __Unit
];
var UntagUser$ = [9, n0, _UU,
    0, () => UntagUserRequest$, () => __Unit
];
var UpdateAccessKey$ = [9, n0, _UAK,
    0, () => UpdateAccessKeyRequest$, () => __Unit
];
var UpdateAccountPasswordPolicy$ = [9, n0, _UAPP,
    0, () => UpdateAccountPasswordPolicyRequest$, () => __Unit
];
var UpdateAssumeRolePolicy$ = [9, n0, _UARP,
    0, () => UpdateAssumeRolePolicyRequest$, () => __Unit
];
var UpdateDelegationRequest$ = [9, n0, _UDR,
    0, () => UpdateDelegationRequestRequest$, () => __Unit
];
var UpdateGroup$ = [9, n0, _UG,
    0, () => UpdateGroupRequest$, () => __Unit
];
var UpdateLoginProfile$ = [9, n0, _ULP,
    0, () => UpdateLoginProfileRequest$, () => __Unit
];
var UpdateOpenIDConnectProviderThumbprint$ = [9, n0, _UOIDCPT,
    0, () => UpdateOpenIDConnectProviderThumbprintRequest$, () => __Unit
];
var UpdateRole$ = [9, n0, _URp,
    0, () => UpdateRoleRequest$, () => UpdateRoleResponse$
];
var UpdateRoleDescription$ = [9, n0, _URD,
    0, () => UpdateRoleDescriptionRequest$, () => UpdateRoleDescriptionResponse$
];
var UpdateSAMLProvider$ = [9, n0, _USAMLPp,
    0, () => UpdateSAMLProviderRequest$, () => UpdateSAMLProviderResponse$
];
var UpdateServerCertificate$ = [9, n0, _USCp,
    0, () => UpdateServerCertificateRequest$, () => __Unit
];
var UpdateServiceSpecificCredential$ = [9, n0, _USSC,
    0, () => UpdateServiceSpecificCredentialRequest$, () => __Unit
];
var UpdateSigningCertificate$ = [9, n0, _USCpd,
    0, () => UpdateSigningCertificateRequest$, () => __Unit
];
var UpdateSSHPublicKey$ = [9, n0, _USSHPK,
    0, () => UpdateSSHPublicKeyRequest$, () => __Unit
];
var UpdateUser$ = [9, n0, _UUp,
    0, () => UpdateUserRequest$, () => __Unit
];
var UploadServerCertificate$ = [9, n0, _USCpl,
    0, () => UploadServerCertificateRequest$, () => UploadServerCertificateResponse$
];
var UploadSigningCertificate$ = [9, n0, _USCplo,
    0, () => UploadSigningCertificateRequest$, () => UploadSigningCertificateResponse$
];
var UploadSSHPublicKey$ = [9, n0, _USSHPKp,
    0, () => UploadSSHPublicKeyRequest$, () => UploadSSHPublicKeyResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2010-05-08",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultIAMHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsQueryProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.iam",
            errorTypeRegistries,
            xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
            version: "2010-05-08",
            serviceTarget: "AWSIdentityManagementV20100508",
        },
        serviceId: config?.serviceId ?? "IAM",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 300_000),
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class IAMClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultIAMHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSIdentityManagementV20100508", "IAMClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AcceptDelegationRequestCommand extends command(_ep0, _mw0, "AcceptDelegationRequest", AcceptDelegationRequest$) {
}

class AcquireRoleCommand extends command(_ep0, _mw0, "AcquireRole", AcquireRole$) {
}

class AddClientIDToOpenIDConnectProviderCommand extends command(_ep0, _mw0, "AddClientIDToOpenIDConnectProvider", AddClientIDToOpenIDConnectProvider$) {
}

class AddRoleToInstanceProfileCommand extends command(_ep0, _mw0, "AddRoleToInstanceProfile", AddRoleToInstanceProfile$) {
}

class AddUserToGroupCommand extends command(_ep0, _mw0, "AddUserToGroup", AddUserToGroup$) {
}

class AssociateDelegationRequestCommand extends command(_ep0, _mw0, "AssociateDelegationRequest", AssociateDelegationRequest$) {
}

class AttachGroupPolicyCommand extends command(_ep0, _mw0, "AttachGroupPolicy", AttachGroupPolicy$) {
}

class AttachRolePolicyCommand extends command(_ep0, _mw0, "AttachRolePolicy", AttachRolePolicy$) {
}

class AttachUserPolicyCommand extends command(_ep0, _mw0, "AttachUserPolicy", AttachUserPolicy$) {
}

class ChangePasswordCommand extends command(_ep0, _mw0, "ChangePassword", ChangePassword$) {
}

class CreateAccessKeyCommand extends command(_ep0, _mw0, "CreateAccessKey", CreateAccessKey$) {
}

class CreateAccountAliasCommand extends command(_ep0, _mw0, "CreateAccountAlias", CreateAccountAlias$) {
}

class CreateDelegationRequestCommand extends command(_ep0, _mw0, "CreateDelegationRequest", CreateDelegationRequest$) {
}

class CreateGroupCommand extends command(_ep0, _mw0, "CreateGroup", CreateGroup$) {
}

class CreateInstanceProfileCommand extends command(_ep0, _mw0, "CreateInstanceProfile", CreateInstanceProfile$) {
}

class CreateLoginProfileCommand extends command(_ep0, _mw0, "CreateLoginProfile", CreateLoginProfile$) {
}

class CreateOpenIDConnectProviderCommand extends command(_ep0, _mw0, "CreateOpenIDConnectProvider", CreateOpenIDConnectProvider$) {
}

class CreatePolicyCommand extends command(_ep0, _mw0, "CreatePolicy", CreatePolicy$) {
}

class CreatePolicyVersionCommand extends command(_ep0, _mw0, "CreatePolicyVersion", CreatePolicyVersion$) {
}

class CreateRoleCommand extends command(_ep0, _mw0, "CreateRole", CreateRole$) {
}

class CreateSAMLProviderCommand extends command(_ep0, _mw0, "CreateSAMLProvider", CreateSAMLProvider$) {
}

class CreateServiceLinkedRoleCommand extends command(_ep0, _mw0, "CreateServiceLinkedRole", CreateServiceLinkedRole$) {
}

class CreateServiceSpecificCredentialCommand extends command(_ep0, _mw0, "CreateServiceSpecificCredential", CreateServiceSpecificCredential$) {
}

class CreateUserCommand extends command(_ep0, _mw0, "CreateUser", CreateUser$) {
}

class CreateVirtualMFADeviceCommand extends command(_ep0, _mw0, "CreateVirtualMFADevice", CreateVirtualMFADevice$) {
}

class DeactivateMFADeviceCommand extends command(_ep0, _mw0, "DeactivateMFADevice", DeactivateMFADevice$) {
}

class DeleteAccessKeyCommand extends command(_ep0, _mw0, "DeleteAccessKey", DeleteAccessKey$) {
}

class DeleteAccountAliasCommand extends command(_ep0, _mw0, "DeleteAccountAlias", DeleteAccountAlias$) {
}

class DeleteAccountPasswordPolicyCommand extends command(_ep0, _mw0, "DeleteAccountPasswordPolicy", DeleteAccountPasswordPolicy$) {
}

class DeleteGroupCommand extends command(_ep0, _mw0, "DeleteGroup", DeleteGroup$) {
}

class DeleteGroupPolicyCommand extends command(_ep0, _mw0, "DeleteGroupPolicy", DeleteGroupPolicy$) {
}

class DeleteInstanceProfileCommand extends command(_ep0, _mw0, "DeleteInstanceProfile", DeleteInstanceProfile$) {
}

class DeleteLoginProfileCommand extends command(_ep0, _mw0, "DeleteLoginProfile", DeleteLoginProfile$) {
}

class DeleteOpenIDConnectProviderCommand extends command(_ep0, _mw0, "DeleteOpenIDConnectProvider", DeleteOpenIDConnectProvider$) {
}

class DeletePolicyCommand extends command(_ep0, _mw0, "DeletePolicy", DeletePolicy$) {
}

class DeletePolicyVersionCommand extends command(_ep0, _mw0, "DeletePolicyVersion", DeletePolicyVersion$) {
}

class DeleteRoleCommand extends command(_ep0, _mw0, "DeleteRole", DeleteRole$) {
}

class DeleteRolePermissionsBoundaryCommand extends command(_ep0, _mw0, "DeleteRolePermissionsBoundary", DeleteRolePermissionsBoundary$) {
}

class DeleteRolePolicyCommand extends command(_ep0, _mw0, "DeleteRolePolicy", DeleteRolePolicy$) {
}

class DeleteSAMLProviderCommand extends command(_ep0, _mw0, "DeleteSAMLProvider", DeleteSAMLProvider$) {
}

class DeleteServerCertificateCommand extends command(_ep0, _mw0, "DeleteServerCertificate", DeleteServerCertificate$) {
}

class DeleteServiceLinkedRoleCommand extends command(_ep0, _mw0, "DeleteServiceLinkedRole", DeleteServiceLinkedRole$) {
}

class DeleteServiceSpecificCredentialCommand extends command(_ep0, _mw0, "DeleteServiceSpecificCredential", DeleteServiceSpecificCredential$) {
}

class DeleteSigningCertificateCommand extends command(_ep0, _mw0, "DeleteSigningCertificate", DeleteSigningCertificate$) {
}

class DeleteSSHPublicKeyCommand extends command(_ep0, _mw0, "DeleteSSHPublicKey", DeleteSSHPublicKey$) {
}

class DeleteUserCommand extends command(_ep0, _mw0, "DeleteUser", DeleteUser$) {
}

class DeleteUserPermissionsBoundaryCommand extends command(_ep0, _mw0, "DeleteUserPermissionsBoundary", DeleteUserPermissionsBoundary$) {
}

class DeleteUserPolicyCommand extends command(_ep0, _mw0, "DeleteUserPolicy", DeleteUserPolicy$) {
}

class DeleteVirtualMFADeviceCommand extends command(_ep0, _mw0, "DeleteVirtualMFADevice", DeleteVirtualMFADevice$) {
}

class DetachGroupPolicyCommand extends command(_ep0, _mw0, "DetachGroupPolicy", DetachGroupPolicy$) {
}

class DetachRolePolicyCommand extends command(_ep0, _mw0, "DetachRolePolicy", DetachRolePolicy$) {
}

class DetachUserPolicyCommand extends command(_ep0, _mw0, "DetachUserPolicy", DetachUserPolicy$) {
}

class DisableOrganizationsRootCredentialsManagementCommand extends command(_ep0, _mw0, "DisableOrganizationsRootCredentialsManagement", DisableOrganizationsRootCredentialsManagement$) {
}

class DisableOrganizationsRootSessionsCommand extends command(_ep0, _mw0, "DisableOrganizationsRootSessions", DisableOrganizationsRootSessions$) {
}

class DisableOutboundWebIdentityFederationCommand extends command(_ep0, _mw0, "DisableOutboundWebIdentityFederation", DisableOutboundWebIdentityFederation$) {
}

class EnableMFADeviceCommand extends command(_ep0, _mw0, "EnableMFADevice", EnableMFADevice$) {
}

class EnableOrganizationsRootCredentialsManagementCommand extends command(_ep0, _mw0, "EnableOrganizationsRootCredentialsManagement", EnableOrganizationsRootCredentialsManagement$) {
}

class EnableOrganizationsRootSessionsCommand extends command(_ep0, _mw0, "EnableOrganizationsRootSessions", EnableOrganizationsRootSessions$) {
}

class EnableOutboundWebIdentityFederationCommand extends command(_ep0, _mw0, "EnableOutboundWebIdentityFederation", EnableOutboundWebIdentityFederation$) {
}

class GenerateCredentialReportCommand extends command(_ep0, _mw0, "GenerateCredentialReport", GenerateCredentialReport$) {
}

class GenerateOrganizationsAccessReportCommand extends command(_ep0, _mw0, "GenerateOrganizationsAccessReport", GenerateOrganizationsAccessReport$) {
}

class GenerateServiceLastAccessedDetailsCommand extends command(_ep0, _mw0, "GenerateServiceLastAccessedDetails", GenerateServiceLastAccessedDetails$) {
}

class GetAccessKeyLastUsedCommand extends command(_ep0, _mw0, "GetAccessKeyLastUsed", GetAccessKeyLastUsed$) {
}

class GetAccountAuthorizationDetailsCommand extends command(_ep0, _mw0, "GetAccountAuthorizationDetails", GetAccountAuthorizationDetails$) {
}

class GetAccountPasswordPolicyCommand extends command(_ep0, _mw0, "GetAccountPasswordPolicy", GetAccountPasswordPolicy$) {
}

class GetAccountPropertiesCommand extends command(_ep0, _mw0, "GetAccountProperties", GetAccountProperties$) {
}

class GetAccountSummaryCommand extends command(_ep0, _mw0, "GetAccountSummary", GetAccountSummary$) {
}

class GetContextKeysForCustomPolicyCommand extends command(_ep0, _mw0, "GetContextKeysForCustomPolicy", GetContextKeysForCustomPolicy$) {
}

class GetContextKeysForPrincipalPolicyCommand extends command(_ep0, _mw0, "GetContextKeysForPrincipalPolicy", GetContextKeysForPrincipalPolicy$) {
}

class GetCredentialReportCommand extends command(_ep0, _mw0, "GetCredentialReport", GetCredentialReport$) {
}

class GetDelegationRequestCommand extends command(_ep0, _mw0, "GetDelegationRequest", GetDelegationRequest$) {
}

class GetGroupCommand extends command(_ep0, _mw0, "GetGroup", GetGroup$) {
}

class GetGroupPolicyCommand extends command(_ep0, _mw0, "GetGroupPolicy", GetGroupPolicy$) {
}

class GetHumanReadableSummaryCommand extends command(_ep0, _mw0, "GetHumanReadableSummary", GetHumanReadableSummary$) {
}

class GetInstanceProfileCommand extends command(_ep0, _mw0, "GetInstanceProfile", GetInstanceProfile$) {
}

class GetLoginProfileCommand extends command(_ep0, _mw0, "GetLoginProfile", GetLoginProfile$) {
}

class GetMFADeviceCommand extends command(_ep0, _mw0, "GetMFADevice", GetMFADevice$) {
}

class GetOpenIDConnectProviderCommand extends command(_ep0, _mw0, "GetOpenIDConnectProvider", GetOpenIDConnectProvider$) {
}

class GetOrganizationsAccessReportCommand extends command(_ep0, _mw0, "GetOrganizationsAccessReport", GetOrganizationsAccessReport$) {
}

class GetOutboundWebIdentityFederationInfoCommand extends command(_ep0, _mw0, "GetOutboundWebIdentityFederationInfo", GetOutboundWebIdentityFederationInfo$) {
}

class GetPolicyCommand extends command(_ep0, _mw0, "GetPolicy", GetPolicy$) {
}

class GetPolicyVersionCommand extends command(_ep0, _mw0, "GetPolicyVersion", GetPolicyVersion$) {
}

class GetRoleCommand extends command(_ep0, _mw0, "GetRole", GetRole$) {
}

class GetRolePolicyCommand extends command(_ep0, _mw0, "GetRolePolicy", GetRolePolicy$) {
}

class GetRoleTemplateVersionCommand extends command(_ep0, _mw0, "GetRoleTemplateVersion", GetRoleTemplateVersion$) {
}

class GetSAMLProviderCommand extends command(_ep0, _mw0, "GetSAMLProvider", GetSAMLProvider$) {
}

class GetServerCertificateCommand extends command(_ep0, _mw0, "GetServerCertificate", GetServerCertificate$) {
}

class GetServiceLastAccessedDetailsCommand extends command(_ep0, _mw0, "GetServiceLastAccessedDetails", GetServiceLastAccessedDetails$) {
}

class GetServiceLastAccessedDetailsWithEntitiesCommand extends command(_ep0, _mw0, "GetServiceLastAccessedDetailsWithEntities", GetServiceLastAccessedDetailsWithEntities$) {
}

class GetServiceLinkedRoleDeletionStatusCommand extends command(_ep0, _mw0, "GetServiceLinkedRoleDeletionStatus", GetServiceLinkedRoleDeletionStatus$) {
}

class GetSSHPublicKeyCommand extends command(_ep0, _mw0, "GetSSHPublicKey", GetSSHPublicKey$) {
}

class GetUserCommand extends command(_ep0, _mw0, "GetUser", GetUser$) {
}

class GetUserPolicyCommand extends command(_ep0, _mw0, "GetUserPolicy", GetUserPolicy$) {
}

class ListAccessKeysCommand extends command(_ep0, _mw0, "ListAccessKeys", ListAccessKeys$) {
}

class ListAccountAliasesCommand extends command(_ep0, _mw0, "ListAccountAliases", ListAccountAliases$) {
}

class ListAttachedGroupPoliciesCommand extends command(_ep0, _mw0, "ListAttachedGroupPolicies", ListAttachedGroupPolicies$) {
}

class ListAttachedRolePoliciesCommand extends command(_ep0, _mw0, "ListAttachedRolePolicies", ListAttachedRolePolicies$) {
}

class ListAttachedUserPoliciesCommand extends command(_ep0, _mw0, "ListAttachedUserPolicies", ListAttachedUserPolicies$) {
}

class ListDelegationRequestsCommand extends command(_ep0, _mw0, "ListDelegationRequests", ListDelegationRequests$) {
}

class ListEntitiesForPolicyCommand extends command(_ep0, _mw0, "ListEntitiesForPolicy", ListEntitiesForPolicy$) {
}

class ListGroupPoliciesCommand extends command(_ep0, _mw0, "ListGroupPolicies", ListGroupPolicies$) {
}

class ListGroupsCommand extends command(_ep0, _mw0, "ListGroups", ListGroups$) {
}

class ListGroupsForUserCommand extends command(_ep0, _mw0, "ListGroupsForUser", ListGroupsForUser$) {
}

class ListInstanceProfilesCommand extends command(_ep0, _mw0, "ListInstanceProfiles", ListInstanceProfiles$) {
}

class ListInstanceProfilesForRoleCommand extends command(_ep0, _mw0, "ListInstanceProfilesForRole", ListInstanceProfilesForRole$) {
}

class ListInstanceProfileTagsCommand extends command(_ep0, _mw0, "ListInstanceProfileTags", ListInstanceProfileTags$) {
}

class ListMFADevicesCommand extends command(_ep0, _mw0, "ListMFADevices", ListMFADevices$) {
}

class ListMFADeviceTagsCommand extends command(_ep0, _mw0, "ListMFADeviceTags", ListMFADeviceTags$) {
}

class ListOpenIDConnectProvidersCommand extends command(_ep0, _mw0, "ListOpenIDConnectProviders", ListOpenIDConnectProviders$) {
}

class ListOpenIDConnectProviderTagsCommand extends command(_ep0, _mw0, "ListOpenIDConnectProviderTags", ListOpenIDConnectProviderTags$) {
}

class ListOrganizationsFeaturesCommand extends command(_ep0, _mw0, "ListOrganizationsFeatures", ListOrganizationsFeatures$) {
}

class ListPoliciesCommand extends command(_ep0, _mw0, "ListPolicies", ListPolicies$) {
}

class ListPoliciesGrantingServiceAccessCommand extends command(_ep0, _mw0, "ListPoliciesGrantingServiceAccess", ListPoliciesGrantingServiceAccess$) {
}

class ListPolicyTagsCommand extends command(_ep0, _mw0, "ListPolicyTags", ListPolicyTags$) {
}

class ListPolicyVersionsCommand extends command(_ep0, _mw0, "ListPolicyVersions", ListPolicyVersions$) {
}

class ListRolePoliciesCommand extends command(_ep0, _mw0, "ListRolePolicies", ListRolePolicies$) {
}

class ListRolesCommand extends command(_ep0, _mw0, "ListRoles", ListRoles$) {
}

class ListRoleTagsCommand extends command(_ep0, _mw0, "ListRoleTags", ListRoleTags$) {
}

class ListSAMLProvidersCommand extends command(_ep0, _mw0, "ListSAMLProviders", ListSAMLProviders$) {
}

class ListSAMLProviderTagsCommand extends command(_ep0, _mw0, "ListSAMLProviderTags", ListSAMLProviderTags$) {
}

class ListServerCertificatesCommand extends command(_ep0, _mw0, "ListServerCertificates", ListServerCertificates$) {
}

class ListServerCertificateTagsCommand extends command(_ep0, _mw0, "ListServerCertificateTags", ListServerCertificateTags$) {
}

class ListServiceSpecificCredentialsCommand extends command(_ep0, _mw0, "ListServiceSpecificCredentials", ListServiceSpecificCredentials$) {
}

class ListSigningCertificatesCommand extends command(_ep0, _mw0, "ListSigningCertificates", ListSigningCertificates$) {
}

class ListSSHPublicKeysCommand extends command(_ep0, _mw0, "ListSSHPublicKeys", ListSSHPublicKeys$) {
}

class ListUserPoliciesCommand extends command(_ep0, _mw0, "ListUserPolicies", ListUserPolicies$) {
}

class ListUsersCommand extends command(_ep0, _mw0, "ListUsers", ListUsers$) {
}

class ListUserTagsCommand extends command(_ep0, _mw0, "ListUserTags", ListUserTags$) {
}

class ListVirtualMFADevicesCommand extends command(_ep0, _mw0, "ListVirtualMFADevices", ListVirtualMFADevices$) {
}

class PutAccountPropertiesCommand extends command(_ep0, _mw0, "PutAccountProperties", PutAccountProperties$) {
}

class PutGroupPolicyCommand extends command(_ep0, _mw0, "PutGroupPolicy", PutGroupPolicy$) {
}

class PutRolePermissionsBoundaryCommand extends command(_ep0, _mw0, "PutRolePermissionsBoundary", PutRolePermissionsBoundary$) {
}

class PutRolePolicyCommand extends command(_ep0, _mw0, "PutRolePolicy", PutRolePolicy$) {
}

class PutUserPermissionsBoundaryCommand extends command(_ep0, _mw0, "PutUserPermissionsBoundary", PutUserPermissionsBoundary$) {
}

class PutUserPolicyCommand extends command(_ep0, _mw0, "PutUserPolicy", PutUserPolicy$) {
}

class RejectDelegationRequestCommand extends command(_ep0, _mw0, "RejectDelegationRequest", RejectDelegationRequest$) {
}

class RemoveClientIDFromOpenIDConnectProviderCommand extends command(_ep0, _mw0, "RemoveClientIDFromOpenIDConnectProvider", RemoveClientIDFromOpenIDConnectProvider$) {
}

class RemoveRoleFromInstanceProfileCommand extends command(_ep0, _mw0, "RemoveRoleFromInstanceProfile", RemoveRoleFromInstanceProfile$) {
}

class RemoveUserFromGroupCommand extends command(_ep0, _mw0, "RemoveUserFromGroup", RemoveUserFromGroup$) {
}

class ResetServiceSpecificCredentialCommand extends command(_ep0, _mw0, "ResetServiceSpecificCredential", ResetServiceSpecificCredential$) {
}

class ResyncMFADeviceCommand extends command(_ep0, _mw0, "ResyncMFADevice", ResyncMFADevice$) {
}

class SendDelegationTokenCommand extends command(_ep0, _mw0, "SendDelegationToken", SendDelegationToken$) {
}

class SetDefaultPolicyVersionCommand extends command(_ep0, _mw0, "SetDefaultPolicyVersion", SetDefaultPolicyVersion$) {
}

class SetSecurityTokenServicePreferencesCommand extends command(_ep0, _mw0, "SetSecurityTokenServicePreferences", SetSecurityTokenServicePreferences$) {
}

class SimulateCustomPolicyCommand extends command(_ep0, _mw0, "SimulateCustomPolicy", SimulateCustomPolicy$) {
}

class SimulatePrincipalPolicyCommand extends command(_ep0, _mw0, "SimulatePrincipalPolicy", SimulatePrincipalPolicy$) {
}

class TagInstanceProfileCommand extends command(_ep0, _mw0, "TagInstanceProfile", TagInstanceProfile$) {
}

class TagMFADeviceCommand extends command(_ep0, _mw0, "TagMFADevice", TagMFADevice$) {
}

class TagOpenIDConnectProviderCommand extends command(_ep0, _mw0, "TagOpenIDConnectProvider", TagOpenIDConnectProvider$) {
}

class TagPolicyCommand extends command(_ep0, _mw0, "TagPolicy", TagPolicy$) {
}

class TagRoleCommand extends command(_ep0, _mw0, "TagRole", TagRole$) {
}

class TagSAMLProviderCommand extends command(_ep0, _mw0, "TagSAMLProvider", TagSAMLProvider$) {
}

class TagServerCertificateCommand extends command(_ep0, _mw0, "TagServerCertificate", TagServerCertificate$) {
}

class TagUserCommand extends command(_ep0, _mw0, "TagUser", TagUser$) {
}

class UntagInstanceProfileCommand extends command(_ep0, _mw0, "UntagInstanceProfile", UntagInstanceProfile$) {
}

class UntagMFADeviceCommand extends command(_ep0, _mw0, "UntagMFADevice", UntagMFADevice$) {
}

class UntagOpenIDConnectProviderCommand extends command(_ep0, _mw0, "UntagOpenIDConnectProvider", UntagOpenIDConnectProvider$) {
}

class UntagPolicyCommand extends command(_ep0, _mw0, "UntagPolicy", UntagPolicy$) {
}

class UntagRoleCommand extends command(_ep0, _mw0, "UntagRole", UntagRole$) {
}

class UntagSAMLProviderCommand extends command(_ep0, _mw0, "UntagSAMLProvider", UntagSAMLProvider$) {
}

class UntagServerCertificateCommand extends command(_ep0, _mw0, "UntagServerCertificate", UntagServerCertificate$) {
}

class UntagUserCommand extends command(_ep0, _mw0, "UntagUser", UntagUser$) {
}

class UpdateAccessKeyCommand extends command(_ep0, _mw0, "UpdateAccessKey", UpdateAccessKey$) {
}

class UpdateAccountPasswordPolicyCommand extends command(_ep0, _mw0, "UpdateAccountPasswordPolicy", UpdateAccountPasswordPolicy$) {
}

class UpdateAssumeRolePolicyCommand extends command(_ep0, _mw0, "UpdateAssumeRolePolicy", UpdateAssumeRolePolicy$) {
}

class UpdateDelegationRequestCommand extends command(_ep0, _mw0, "UpdateDelegationRequest", UpdateDelegationRequest$) {
}

class UpdateGroupCommand extends command(_ep0, _mw0, "UpdateGroup", UpdateGroup$) {
}

class UpdateLoginProfileCommand extends command(_ep0, _mw0, "UpdateLoginProfile", UpdateLoginProfile$) {
}

class UpdateOpenIDConnectProviderThumbprintCommand extends command(_ep0, _mw0, "UpdateOpenIDConnectProviderThumbprint", UpdateOpenIDConnectProviderThumbprint$) {
}

class UpdateRoleCommand extends command(_ep0, _mw0, "UpdateRole", UpdateRole$) {
}

class UpdateRoleDescriptionCommand extends command(_ep0, _mw0, "UpdateRoleDescription", UpdateRoleDescription$) {
}

class UpdateSAMLProviderCommand extends command(_ep0, _mw0, "UpdateSAMLProvider", UpdateSAMLProvider$) {
}

class UpdateServerCertificateCommand extends command(_ep0, _mw0, "UpdateServerCertificate", UpdateServerCertificate$) {
}

class UpdateServiceSpecificCredentialCommand extends command(_ep0, _mw0, "UpdateServiceSpecificCredential", UpdateServiceSpecificCredential$) {
}

class UpdateSigningCertificateCommand extends command(_ep0, _mw0, "UpdateSigningCertificate", UpdateSigningCertificate$) {
}

class UpdateSSHPublicKeyCommand extends command(_ep0, _mw0, "UpdateSSHPublicKey", UpdateSSHPublicKey$) {
}

class UpdateUserCommand extends command(_ep0, _mw0, "UpdateUser", UpdateUser$) {
}

class UploadServerCertificateCommand extends command(_ep0, _mw0, "UploadServerCertificate", UploadServerCertificate$) {
}

class UploadSigningCertificateCommand extends command(_ep0, _mw0, "UploadSigningCertificate", UploadSigningCertificate$) {
}

class UploadSSHPublicKeyCommand extends command(_ep0, _mw0, "UploadSSHPublicKey", UploadSSHPublicKey$) {
}

const paginateGetAccountAuthorizationDetails = createPaginator(IAMClient, GetAccountAuthorizationDetailsCommand, "Marker", "Marker", "MaxItems");

const paginateGetGroup = createPaginator(IAMClient, GetGroupCommand, "Marker", "Marker", "MaxItems");

const paginateListAccessKeys = createPaginator(IAMClient, ListAccessKeysCommand, "Marker", "Marker", "MaxItems");

const paginateListAccountAliases = createPaginator(IAMClient, ListAccountAliasesCommand, "Marker", "Marker", "MaxItems");

const paginateListAttachedGroupPolicies = createPaginator(IAMClient, ListAttachedGroupPoliciesCommand, "Marker", "Marker", "MaxItems");

const paginateListAttachedRolePolicies = createPaginator(IAMClient, ListAttachedRolePoliciesCommand, "Marker", "Marker", "MaxItems");

const paginateListAttachedUserPolicies = createPaginator(IAMClient, ListAttachedUserPoliciesCommand, "Marker", "Marker", "MaxItems");

const paginateListEntitiesForPolicy = createPaginator(IAMClient, ListEntitiesForPolicyCommand, "Marker", "Marker", "MaxItems");

const paginateListGroupPolicies = createPaginator(IAMClient, ListGroupPoliciesCommand, "Marker", "Marker", "MaxItems");

const paginateListGroupsForUser = createPaginator(IAMClient, ListGroupsForUserCommand, "Marker", "Marker", "MaxItems");

const paginateListGroups = createPaginator(IAMClient, ListGroupsCommand, "Marker", "Marker", "MaxItems");

const paginateListInstanceProfilesForRole = createPaginator(IAMClient, ListInstanceProfilesForRoleCommand, "Marker", "Marker", "MaxItems");

const paginateListInstanceProfiles = createPaginator(IAMClient, ListInstanceProfilesCommand, "Marker", "Marker", "MaxItems");

const paginateListInstanceProfileTags = createPaginator(IAMClient, ListInstanceProfileTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListMFADevices = createPaginator(IAMClient, ListMFADevicesCommand, "Marker", "Marker", "MaxItems");

const paginateListMFADeviceTags = createPaginator(IAMClient, ListMFADeviceTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListOpenIDConnectProviderTags = createPaginator(IAMClient, ListOpenIDConnectProviderTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListPolicies = createPaginator(IAMClient, ListPoliciesCommand, "Marker", "Marker", "MaxItems");

const paginateListPolicyTags = createPaginator(IAMClient, ListPolicyTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListPolicyVersions = createPaginator(IAMClient, ListPolicyVersionsCommand, "Marker", "Marker", "MaxItems");

const paginateListRolePolicies = createPaginator(IAMClient, ListRolePoliciesCommand, "Marker", "Marker", "MaxItems");

const paginateListRoles = createPaginator(IAMClient, ListRolesCommand, "Marker", "Marker", "MaxItems");

const paginateListRoleTags = createPaginator(IAMClient, ListRoleTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListSAMLProviderTags = createPaginator(IAMClient, ListSAMLProviderTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListServerCertificates = createPaginator(IAMClient, ListServerCertificatesCommand, "Marker", "Marker", "MaxItems");

const paginateListServerCertificateTags = createPaginator(IAMClient, ListServerCertificateTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListSigningCertificates = createPaginator(IAMClient, ListSigningCertificatesCommand, "Marker", "Marker", "MaxItems");

const paginateListSSHPublicKeys = createPaginator(IAMClient, ListSSHPublicKeysCommand, "Marker", "Marker", "MaxItems");

const paginateListUserPolicies = createPaginator(IAMClient, ListUserPoliciesCommand, "Marker", "Marker", "MaxItems");

const paginateListUsers = createPaginator(IAMClient, ListUsersCommand, "Marker", "Marker", "MaxItems");

const paginateListUserTags = createPaginator(IAMClient, ListUserTagsCommand, "Marker", "Marker", "MaxItems");

const paginateListVirtualMFADevices = createPaginator(IAMClient, ListVirtualMFADevicesCommand, "Marker", "Marker", "MaxItems");

const paginateSimulateCustomPolicy = createPaginator(IAMClient, SimulateCustomPolicyCommand, "Marker", "Marker", "MaxItems");

const paginateSimulatePrincipalPolicy = createPaginator(IAMClient, SimulatePrincipalPolicyCommand, "Marker", "Marker", "MaxItems");

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetInstanceProfileCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForInstanceProfileExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilInstanceProfileExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetPolicyCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPolicyExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilPolicyExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetRoleCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForRoleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilRoleExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetUserCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NoSuchEntityException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForUserExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilUserExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 120 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AcceptDelegationRequestCommand,
    AcquireRoleCommand,
    AddClientIDToOpenIDConnectProviderCommand,
    AddRoleToInstanceProfileCommand,
    AddUserToGroupCommand,
    AssociateDelegationRequestCommand,
    AttachGroupPolicyCommand,
    AttachRolePolicyCommand,
    AttachUserPolicyCommand,
    ChangePasswordCommand,
    CreateAccessKeyCommand,
    CreateAccountAliasCommand,
    CreateDelegationRequestCommand,
    CreateGroupCommand,
    CreateInstanceProfileCommand,
    CreateLoginProfileCommand,
    CreateOpenIDConnectProviderCommand,
    CreatePolicyCommand,
    CreatePolicyVersionCommand,
    CreateRoleCommand,
    CreateSAMLProviderCommand,
    CreateServiceLinkedRoleCommand,
    CreateServiceSpecificCredentialCommand,
    CreateUserCommand,
    CreateVirtualMFADeviceCommand,
    DeactivateMFADeviceCommand,
    DeleteAccessKeyCommand,
    DeleteAccountAliasCommand,
    DeleteAccountPasswordPolicyCommand,
    DeleteGroupCommand,
    DeleteGroupPolicyCommand,
    DeleteInstanceProfileCommand,
    DeleteLoginProfileCommand,
    DeleteOpenIDConnectProviderCommand,
    DeletePolicyCommand,
    DeletePolicyVersionCommand,
    DeleteRoleCommand,
    DeleteRolePermissionsBoundaryCommand,
    DeleteRolePolicyCommand,
    DeleteSAMLProviderCommand,
    DeleteServerCertificateCommand,
    DeleteServiceLinkedRoleCommand,
    DeleteServiceSpecificCredentialCommand,
    DeleteSigningCertificateCommand,
    DeleteSSHPublicKeyCommand,
    DeleteUserCommand,
    DeleteUserPermissionsBoundaryCommand,
    DeleteUserPolicyCommand,
    DeleteVirtualMFADeviceCommand,
    DetachGroupPolicyCommand,
    DetachRolePolicyCommand,
    DetachUserPolicyCommand,
    DisableOrganizationsRootCredentialsManagementCommand,
    DisableOrganizationsRootSessionsCommand,
    DisableOutboundWebIdentityFederationCommand,
    EnableMFADeviceCommand,
    EnableOrganizationsRootCredentialsManagementCommand,
    EnableOrganizationsRootSessionsCommand,
    EnableOutboundWebIdentityFederationCommand,
    GenerateCredentialReportCommand,
    GenerateOrganizationsAccessReportCommand,
    GenerateServiceLastAccessedDetailsCommand,
    GetAccessKeyLastUsedCommand,
    GetAccountAuthorizationDetailsCommand,
    GetAccountPasswordPolicyCommand,
    GetAccountPropertiesCommand,
    GetAccountSummaryCommand,
    GetContextKeysForCustomPolicyCommand,
    GetContextKeysForPrincipalPolicyCommand,
    GetCredentialReportCommand,
    GetDelegationRequestCommand,
    GetGroupCommand,
    GetGroupPolicyCommand,
    GetHumanReadableSummaryCommand,
    GetInstanceProfileCommand,
    GetLoginProfileCommand,
    GetMFADeviceCommand,
    GetOpenIDConnectProviderCommand,
    GetOrganizationsAccessReportCommand,
    GetOutboundWebIdentityFederationInfoCommand,
    GetPolicyCommand,
    GetPolicyVersionCommand,
    GetRoleCommand,
    GetRolePolicyCommand,
    GetRoleTemplateVersionCommand,
    GetSAMLProviderCommand,
    GetServerCertificateCommand,
    GetServiceLastAccessedDetailsCommand,
    GetServiceLastAccessedDetailsWithEntitiesCommand,
    GetServiceLinkedRoleDeletionStatusCommand,
    GetSSHPublicKeyCommand,
    GetUserCommand,
    GetUserPolicyCommand,
    ListAccessKeysCommand,
    ListAccountAliasesCommand,
    ListAttachedGroupPoliciesCommand,
    ListAttachedRolePoliciesCommand,
    ListAttachedUserPoliciesCommand,
    ListDelegationRequestsCommand,
    ListEntitiesForPolicyCommand,
    ListGroupPoliciesCommand,
    ListGroupsCommand,
    ListGroupsForUserCommand,
    ListInstanceProfilesCommand,
    ListInstanceProfilesForRoleCommand,
    ListInstanceProfileTagsCommand,
    ListMFADevicesCommand,
    ListMFADeviceTagsCommand,
    ListOpenIDConnectProvidersCommand,
    ListOpenIDConnectProviderTagsCommand,
    ListOrganizationsFeaturesCommand,
    ListPoliciesCommand,
    ListPoliciesGrantingServiceAccessCommand,
    ListPolicyTagsCommand,
    ListPolicyVersionsCommand,
    ListRolePoliciesCommand,
    ListRolesCommand,
    ListRoleTagsCommand,
    ListSAMLProvidersCommand,
    ListSAMLProviderTagsCommand,
    ListServerCertificatesCommand,
    ListServerCertificateTagsCommand,
    ListServiceSpecificCredentialsCommand,
    ListSigningCertificatesCommand,
    ListSSHPublicKeysCommand,
    ListUserPoliciesCommand,
    ListUsersCommand,
    ListUserTagsCommand,
    ListVirtualMFADevicesCommand,
    PutAccountPropertiesCommand,
    PutGroupPolicyCommand,
    PutRolePermissionsBoundaryCommand,
    PutRolePolicyCommand,
    PutUserPermissionsBoundaryCommand,
    PutUserPolicyCommand,
    RejectDelegationRequestCommand,
    RemoveClientIDFromOpenIDConnectProviderCommand,
    RemoveRoleFromInstanceProfileCommand,
    RemoveUserFromGroupCommand,
    ResetServiceSpecificCredentialCommand,
    ResyncMFADeviceCommand,
    SendDelegationTokenCommand,
    SetDefaultPolicyVersionCommand,
    SetSecurityTokenServicePreferencesCommand,
    SimulateCustomPolicyCommand,
    SimulatePrincipalPolicyCommand,
    TagInstanceProfileCommand,
    TagMFADeviceCommand,
    TagOpenIDConnectProviderCommand,
    TagPolicyCommand,
    TagRoleCommand,
    TagSAMLProviderCommand,
    TagServerCertificateCommand,
    TagUserCommand,
    UntagInstanceProfileCommand,
    UntagMFADeviceCommand,
    UntagOpenIDConnectProviderCommand,
    UntagPolicyCommand,
    UntagRoleCommand,
    UntagSAMLProviderCommand,
    UntagServerCertificateCommand,
    UntagUserCommand,
    UpdateAccessKeyCommand,
    UpdateAccountPasswordPolicyCommand,
    UpdateAssumeRolePolicyCommand,
    UpdateDelegationRequestCommand,
    UpdateGroupCommand,
    UpdateLoginProfileCommand,
    UpdateOpenIDConnectProviderThumbprintCommand,
    UpdateRoleCommand,
    UpdateRoleDescriptionCommand,
    UpdateSAMLProviderCommand,
    UpdateServerCertificateCommand,
    UpdateServiceSpecificCredentialCommand,
    UpdateSigningCertificateCommand,
    UpdateSSHPublicKeyCommand,
    UpdateUserCommand,
    UploadServerCertificateCommand,
    UploadSigningCertificateCommand,
    UploadSSHPublicKeyCommand,
};
const paginators = {
    paginateGetAccountAuthorizationDetails,
    paginateGetGroup,
    paginateListAccessKeys,
    paginateListAccountAliases,
    paginateListAttachedGroupPolicies,
    paginateListAttachedRolePolicies,
    paginateListAttachedUserPolicies,
    paginateListEntitiesForPolicy,
    paginateListGroupPolicies,
    paginateListGroups,
    paginateListGroupsForUser,
    paginateListInstanceProfiles,
    paginateListInstanceProfilesForRole,
    paginateListInstanceProfileTags,
    paginateListMFADevices,
    paginateListMFADeviceTags,
    paginateListOpenIDConnectProviderTags,
    paginateListPolicies,
    paginateListPolicyTags,
    paginateListPolicyVersions,
    paginateListRolePolicies,
    paginateListRoles,
    paginateListRoleTags,
    paginateListSAMLProviderTags,
    paginateListServerCertificates,
    paginateListServerCertificateTags,
    paginateListSigningCertificates,
    paginateListSSHPublicKeys,
    paginateListUserPolicies,
    paginateListUsers,
    paginateListUserTags,
    paginateListVirtualMFADevices,
    paginateSimulateCustomPolicy,
    paginateSimulatePrincipalPolicy,
};
const waiters = {
    waitUntilInstanceProfileExists,
    waitUntilPolicyExists,
    waitUntilRoleExists,
    waitUntilUserExists,
};
class IAM extends IAMClient {
}
createAggregatedClient(commands, IAM, { paginators, waiters });

const AccessAdvisorUsageGranularityType = {
    ACTION_LEVEL: "ACTION_LEVEL",
    SERVICE_LEVEL: "SERVICE_LEVEL",
};
const StatusType = {
    Active: "Active",
    Expired: "Expired",
    Inactive: "Inactive",
};
const PermissionsBoundaryAttachmentType = {
    Policy: "PermissionsBoundaryPolicy",
};
const AssertionEncryptionModeType = {
    Allowed: "Allowed",
    Required: "Required",
};
const AssignmentStatusType = {
    Any: "Any",
    Assigned: "Assigned",
    Unassigned: "Unassigned",
};
const AttachmentType = {
    GROUP: "group",
    ROLE: "role",
    USER: "user",
};
const PolicyParameterTypeEnum = {
    STRING: "string",
    STRING_LIST: "stringList",
};
const FeatureType = {
    ROOT_CREDENTIALS_MANAGEMENT: "RootCredentialsManagement",
    ROOT_SESSIONS: "RootSessions",
};
const ReportStateType = {
    COMPLETE: "COMPLETE",
    INPROGRESS: "INPROGRESS",
    STARTED: "STARTED",
};
const EntityType = {
    AWSManagedPolicy: "AWSManagedPolicy",
    Group: "Group",
    LocalManagedPolicy: "LocalManagedPolicy",
    Role: "Role",
    User: "User",
};
const SummaryKeyType = {
    AccessKeysPerUserQuota: "AccessKeysPerUserQuota",
    AccountAccessKeysPresent: "AccountAccessKeysPresent",
    AccountMFAEnabled: "AccountMFAEnabled",
    AccountPasswordPresent: "AccountPasswordPresent",
    AccountSigningCertificatesPresent: "AccountSigningCertificatesPresent",
    AssumeRolePolicySizeQuota: "AssumeRolePolicySizeQuota",
    AttachedPoliciesPerGroupQuota: "AttachedPoliciesPerGroupQuota",
    AttachedPoliciesPerRoleQuota: "AttachedPoliciesPerRoleQuota",
    AttachedPoliciesPerUserQuota: "AttachedPoliciesPerUserQuota",
    GlobalEndpointTokenVersion: "GlobalEndpointTokenVersion",
    GroupPolicySizeQuota: "GroupPolicySizeQuota",
    Groups: "Groups",
    GroupsPerUserQuota: "GroupsPerUserQuota",
    GroupsQuota: "GroupsQuota",
    InstanceProfiles: "InstanceProfiles",
    InstanceProfilesQuota: "InstanceProfilesQuota",
    MFADevices: "MFADevices",
    MFADevicesInUse: "MFADevicesInUse",
    Policies: "Policies",
    PoliciesQuota: "PoliciesQuota",
    PolicySizeQuota: "PolicySizeQuota",
    PolicyVersionsInUse: "PolicyVersionsInUse",
    PolicyVersionsInUseQuota: "PolicyVersionsInUseQuota",
    Providers: "Providers",
    RolePolicySizeQuota: "RolePolicySizeQuota",
    Roles: "Roles",
    RolesQuota: "RolesQuota",
    ServerCertificates: "ServerCertificates",
    ServerCertificatesQuota: "ServerCertificatesQuota",
    SigningCertificatesPerUserQuota: "SigningCertificatesPerUserQuota",
    UserPolicySizeQuota: "UserPolicySizeQuota",
    Users: "Users",
    UsersQuota: "UsersQuota",
    VersionsPerPolicyQuota: "VersionsPerPolicyQuota",
};
const ReportFormatType = {
    text_csv: "text/csv",
};
const StateType = {
    ACCEPTED: "ACCEPTED",
    ASSIGNED: "ASSIGNED",
    EXPIRED: "EXPIRED",
    FINALIZED: "FINALIZED",
    PENDING_APPROVAL: "PENDING_APPROVAL",
    REJECTED: "REJECTED",
    UNASSIGNED: "UNASSIGNED",
};
const PermissionCheckResultType = {
    ALLOWED: "ALLOWED",
    DENIED: "DENIED",
    UNSURE: "UNSURE",
};
const PermissionCheckStatusType = {
    COMPLETE: "COMPLETE",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const SummaryStateType = {
    AVAILABLE: "AVAILABLE",
    FAILED: "FAILED",
    NOT_AVAILABLE: "NOT_AVAILABLE",
    NOT_SUPPORTED: "NOT_SUPPORTED",
};
const SortKeyType = {
    LAST_AUTHENTICATED_TIME_ASCENDING: "LAST_AUTHENTICATED_TIME_ASCENDING",
    LAST_AUTHENTICATED_TIME_DESCENDING: "LAST_AUTHENTICATED_TIME_DESCENDING",
    SERVICE_NAMESPACE_ASCENDING: "SERVICE_NAMESPACE_ASCENDING",
    SERVICE_NAMESPACE_DESCENDING: "SERVICE_NAMESPACE_DESCENDING",
};
const JobStatusType = {
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
};
const ManagedByTypeType = {
    Service: "Service",
};
const ParameterTypeType = {
    Arn: "Arn",
    ArnList: "ArnList",
    Number: "Number",
    NumberList: "NumberList",
    String: "String",
    StringList: "StringList",
};
const PolicyOwnerEntityType = {
    GROUP: "GROUP",
    ROLE: "ROLE",
    USER: "USER",
};
const DeletionTaskStatusType = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    NOT_STARTED: "NOT_STARTED",
    SUCCEEDED: "SUCCEEDED",
};
const EncodingType = {
    PEM: "PEM",
    SSH: "SSH",
};
const PolicyUsageType = {
    PermissionsBoundary: "PermissionsBoundary",
    PermissionsPolicy: "PermissionsPolicy",
};
const PolicyScopeType = {
    AWS: "AWS",
    All: "All",
    Local: "Local",
};
const PolicyType = {
    INLINE: "INLINE",
    MANAGED: "MANAGED",
};
const GlobalEndpointTokenVersion = {
    v1Token: "v1Token",
    v2Token: "v2Token",
};
const ContextKeyTypeEnum = {
    BINARY: "binary",
    BINARY_LIST: "binaryList",
    BOOLEAN: "boolean",
    BOOLEAN_LIST: "booleanList",
    DATE: "date",
    DATE_LIST: "dateList",
    IP: "ip",
    IP_LIST: "ipList",
    NUMERIC: "numeric",
    NUMERIC_LIST: "numericList",
    STRING: "string",
    STRING_LIST: "stringList",
};
const PolicyEvaluationDecisionType = {
    ALLOWED: "allowed",
    EXPLICIT_DENY: "explicitDeny",
    IMPLICIT_DENY: "implicitDeny",
};
const PolicySourceType = {
    AWS_MANAGED: "aws-managed",
    GROUP: "group",
    NONE: "none",
    RESOURCE: "resource",
    ROLE: "role",
    USER: "user",
    USER_MANAGED: "user-managed",
};
const PolicyIdentifierPolicyType = {
    AWS_MANAGED: "aws-managed",
    INLINE: "inline",
    PERMISSION_BOUNDARY: "permission-boundary",
    RCP: "rcp",
    SCP: "scp",
    USER_MANAGED: "user-managed",
};

__webpack_unused_export__ = AcceptDelegationRequest$;
__webpack_unused_export__ = AcceptDelegationRequestCommand;
__webpack_unused_export__ = AcceptDelegationRequestRequest$;
__webpack_unused_export__ = AccessAdvisorUsageGranularityType;
__webpack_unused_export__ = AccessDetail$;
__webpack_unused_export__ = AccessKey$;
__webpack_unused_export__ = AccessKeyLastUsed$;
__webpack_unused_export__ = AccessKeyMetadata$;
__webpack_unused_export__ = AccountNotManagementOrDelegatedAdministratorException;
__webpack_unused_export__ = AccountNotManagementOrDelegatedAdministratorException$;
__webpack_unused_export__ = AcquireRole$;
__webpack_unused_export__ = AcquireRoleCommand;
__webpack_unused_export__ = AcquireRoleRequest$;
__webpack_unused_export__ = AcquireRoleResponse$;
__webpack_unused_export__ = AddClientIDToOpenIDConnectProvider$;
__webpack_unused_export__ = AddClientIDToOpenIDConnectProviderCommand;
__webpack_unused_export__ = AddClientIDToOpenIDConnectProviderRequest$;
__webpack_unused_export__ = AddRoleToInstanceProfile$;
__webpack_unused_export__ = AddRoleToInstanceProfileCommand;
__webpack_unused_export__ = AddRoleToInstanceProfileRequest$;
__webpack_unused_export__ = AddUserToGroup$;
__webpack_unused_export__ = AddUserToGroupCommand;
__webpack_unused_export__ = AddUserToGroupRequest$;
__webpack_unused_export__ = AssertionEncryptionModeType;
__webpack_unused_export__ = AssignmentStatusType;
__webpack_unused_export__ = AssociateDelegationRequest$;
__webpack_unused_export__ = AssociateDelegationRequestCommand;
__webpack_unused_export__ = AssociateDelegationRequestRequest$;
__webpack_unused_export__ = AttachGroupPolicy$;
__webpack_unused_export__ = AttachGroupPolicyCommand;
__webpack_unused_export__ = AttachGroupPolicyRequest$;
__webpack_unused_export__ = AttachRolePolicy$;
__webpack_unused_export__ = AttachRolePolicyCommand;
__webpack_unused_export__ = AttachRolePolicyRequest$;
__webpack_unused_export__ = AttachUserPolicy$;
__webpack_unused_export__ = AttachUserPolicyCommand;
__webpack_unused_export__ = AttachUserPolicyRequest$;
__webpack_unused_export__ = AttachedPermissionsBoundary$;
__webpack_unused_export__ = AttachedPolicy$;
__webpack_unused_export__ = AttachmentType;
__webpack_unused_export__ = CallerIsNotManagementAccountException;
__webpack_unused_export__ = CallerIsNotManagementAccountException$;
__webpack_unused_export__ = ChangePassword$;
__webpack_unused_export__ = ChangePasswordCommand;
__webpack_unused_export__ = ChangePasswordRequest$;
__webpack_unused_export__ = ConcurrentModificationException;
__webpack_unused_export__ = ConcurrentModificationException$;
__webpack_unused_export__ = ContextEntry$;
__webpack_unused_export__ = ContextKeyTypeEnum;
__webpack_unused_export__ = CreateAccessKey$;
__webpack_unused_export__ = CreateAccessKeyCommand;
__webpack_unused_export__ = CreateAccessKeyRequest$;
__webpack_unused_export__ = CreateAccessKeyResponse$;
__webpack_unused_export__ = CreateAccountAlias$;
__webpack_unused_export__ = CreateAccountAliasCommand;
__webpack_unused_export__ = CreateAccountAliasRequest$;
__webpack_unused_export__ = CreateDelegationRequest$;
__webpack_unused_export__ = CreateDelegationRequestCommand;
__webpack_unused_export__ = CreateDelegationRequestRequest$;
__webpack_unused_export__ = CreateDelegationRequestResponse$;
__webpack_unused_export__ = CreateGroup$;
__webpack_unused_export__ = CreateGroupCommand;
__webpack_unused_export__ = CreateGroupRequest$;
__webpack_unused_export__ = CreateGroupResponse$;
__webpack_unused_export__ = CreateInstanceProfile$;
__webpack_unused_export__ = CreateInstanceProfileCommand;
__webpack_unused_export__ = CreateInstanceProfileRequest$;
__webpack_unused_export__ = CreateInstanceProfileResponse$;
__webpack_unused_export__ = CreateLoginProfile$;
__webpack_unused_export__ = CreateLoginProfileCommand;
__webpack_unused_export__ = CreateLoginProfileRequest$;
__webpack_unused_export__ = CreateLoginProfileResponse$;
__webpack_unused_export__ = CreateOpenIDConnectProvider$;
__webpack_unused_export__ = CreateOpenIDConnectProviderCommand;
__webpack_unused_export__ = CreateOpenIDConnectProviderRequest$;
__webpack_unused_export__ = CreateOpenIDConnectProviderResponse$;
__webpack_unused_export__ = CreatePolicy$;
__webpack_unused_export__ = CreatePolicyCommand;
__webpack_unused_export__ = CreatePolicyRequest$;
__webpack_unused_export__ = CreatePolicyResponse$;
__webpack_unused_export__ = CreatePolicyVersion$;
__webpack_unused_export__ = CreatePolicyVersionCommand;
__webpack_unused_export__ = CreatePolicyVersionRequest$;
__webpack_unused_export__ = CreatePolicyVersionResponse$;
__webpack_unused_export__ = CreateRole$;
__webpack_unused_export__ = CreateRoleCommand;
__webpack_unused_export__ = CreateRoleRequest$;
__webpack_unused_export__ = CreateRoleResponse$;
__webpack_unused_export__ = CreateSAMLProvider$;
__webpack_unused_export__ = CreateSAMLProviderCommand;
__webpack_unused_export__ = CreateSAMLProviderRequest$;
__webpack_unused_export__ = CreateSAMLProviderResponse$;
__webpack_unused_export__ = CreateServiceLinkedRole$;
__webpack_unused_export__ = CreateServiceLinkedRoleCommand;
__webpack_unused_export__ = CreateServiceLinkedRoleRequest$;
__webpack_unused_export__ = CreateServiceLinkedRoleResponse$;
__webpack_unused_export__ = CreateServiceSpecificCredential$;
__webpack_unused_export__ = CreateServiceSpecificCredentialCommand;
__webpack_unused_export__ = CreateServiceSpecificCredentialRequest$;
__webpack_unused_export__ = CreateServiceSpecificCredentialResponse$;
__webpack_unused_export__ = CreateUser$;
__webpack_unused_export__ = CreateUserCommand;
__webpack_unused_export__ = CreateUserRequest$;
__webpack_unused_export__ = CreateUserResponse$;
__webpack_unused_export__ = CreateVirtualMFADevice$;
__webpack_unused_export__ = CreateVirtualMFADeviceCommand;
__webpack_unused_export__ = CreateVirtualMFADeviceRequest$;
__webpack_unused_export__ = CreateVirtualMFADeviceResponse$;
__webpack_unused_export__ = CredentialReportExpiredException;
__webpack_unused_export__ = CredentialReportExpiredException$;
__webpack_unused_export__ = CredentialReportNotPresentException;
__webpack_unused_export__ = CredentialReportNotPresentException$;
__webpack_unused_export__ = CredentialReportNotReadyException;
__webpack_unused_export__ = CredentialReportNotReadyException$;
__webpack_unused_export__ = DeactivateMFADevice$;
__webpack_unused_export__ = DeactivateMFADeviceCommand;
__webpack_unused_export__ = DeactivateMFADeviceRequest$;
__webpack_unused_export__ = DelegationPermission$;
__webpack_unused_export__ = DelegationRequest$;
__webpack_unused_export__ = DeleteAccessKey$;
__webpack_unused_export__ = DeleteAccessKeyCommand;
__webpack_unused_export__ = DeleteAccessKeyRequest$;
__webpack_unused_export__ = DeleteAccountAlias$;
__webpack_unused_export__ = DeleteAccountAliasCommand;
__webpack_unused_export__ = DeleteAccountAliasRequest$;
__webpack_unused_export__ = DeleteAccountPasswordPolicy$;
__webpack_unused_export__ = DeleteAccountPasswordPolicyCommand;
__webpack_unused_export__ = DeleteConflictException;
__webpack_unused_export__ = DeleteConflictException$;
__webpack_unused_export__ = DeleteGroup$;
__webpack_unused_export__ = DeleteGroupCommand;
__webpack_unused_export__ = DeleteGroupPolicy$;
__webpack_unused_export__ = DeleteGroupPolicyCommand;
__webpack_unused_export__ = DeleteGroupPolicyRequest$;
__webpack_unused_export__ = DeleteGroupRequest$;
__webpack_unused_export__ = DeleteInstanceProfile$;
__webpack_unused_export__ = DeleteInstanceProfileCommand;
__webpack_unused_export__ = DeleteInstanceProfileRequest$;
__webpack_unused_export__ = DeleteLoginProfile$;
__webpack_unused_export__ = DeleteLoginProfileCommand;
__webpack_unused_export__ = DeleteLoginProfileRequest$;
__webpack_unused_export__ = DeleteOpenIDConnectProvider$;
__webpack_unused_export__ = DeleteOpenIDConnectProviderCommand;
__webpack_unused_export__ = DeleteOpenIDConnectProviderRequest$;
__webpack_unused_export__ = DeletePolicy$;
__webpack_unused_export__ = DeletePolicyCommand;
__webpack_unused_export__ = DeletePolicyRequest$;
__webpack_unused_export__ = DeletePolicyVersion$;
__webpack_unused_export__ = DeletePolicyVersionCommand;
__webpack_unused_export__ = DeletePolicyVersionRequest$;
__webpack_unused_export__ = DeleteRole$;
__webpack_unused_export__ = DeleteRoleCommand;
__webpack_unused_export__ = DeleteRolePermissionsBoundary$;
__webpack_unused_export__ = DeleteRolePermissionsBoundaryCommand;
__webpack_unused_export__ = DeleteRolePermissionsBoundaryRequest$;
__webpack_unused_export__ = DeleteRolePolicy$;
__webpack_unused_export__ = DeleteRolePolicyCommand;
__webpack_unused_export__ = DeleteRolePolicyRequest$;
__webpack_unused_export__ = DeleteRoleRequest$;
__webpack_unused_export__ = DeleteSAMLProvider$;
__webpack_unused_export__ = DeleteSAMLProviderCommand;
__webpack_unused_export__ = DeleteSAMLProviderRequest$;
__webpack_unused_export__ = DeleteSSHPublicKey$;
__webpack_unused_export__ = DeleteSSHPublicKeyCommand;
__webpack_unused_export__ = DeleteSSHPublicKeyRequest$;
__webpack_unused_export__ = DeleteServerCertificate$;
__webpack_unused_export__ = DeleteServerCertificateCommand;
__webpack_unused_export__ = DeleteServerCertificateRequest$;
__webpack_unused_export__ = DeleteServiceLinkedRole$;
__webpack_unused_export__ = DeleteServiceLinkedRoleCommand;
__webpack_unused_export__ = DeleteServiceLinkedRoleRequest$;
__webpack_unused_export__ = DeleteServiceLinkedRoleResponse$;
__webpack_unused_export__ = DeleteServiceSpecificCredential$;
__webpack_unused_export__ = DeleteServiceSpecificCredentialCommand;
__webpack_unused_export__ = DeleteServiceSpecificCredentialRequest$;
__webpack_unused_export__ = DeleteSigningCertificate$;
__webpack_unused_export__ = DeleteSigningCertificateCommand;
__webpack_unused_export__ = DeleteSigningCertificateRequest$;
__webpack_unused_export__ = DeleteUser$;
__webpack_unused_export__ = DeleteUserCommand;
__webpack_unused_export__ = DeleteUserPermissionsBoundary$;
__webpack_unused_export__ = DeleteUserPermissionsBoundaryCommand;
__webpack_unused_export__ = DeleteUserPermissionsBoundaryRequest$;
__webpack_unused_export__ = DeleteUserPolicy$;
__webpack_unused_export__ = DeleteUserPolicyCommand;
__webpack_unused_export__ = DeleteUserPolicyRequest$;
__webpack_unused_export__ = DeleteUserRequest$;
__webpack_unused_export__ = DeleteVirtualMFADevice$;
__webpack_unused_export__ = DeleteVirtualMFADeviceCommand;
__webpack_unused_export__ = DeleteVirtualMFADeviceRequest$;
__webpack_unused_export__ = DeletionTaskFailureReasonType$;
__webpack_unused_export__ = DeletionTaskStatusType;
__webpack_unused_export__ = DetachGroupPolicy$;
__webpack_unused_export__ = DetachGroupPolicyCommand;
__webpack_unused_export__ = DetachGroupPolicyRequest$;
__webpack_unused_export__ = DetachRolePolicy$;
__webpack_unused_export__ = DetachRolePolicyCommand;
__webpack_unused_export__ = DetachRolePolicyRequest$;
__webpack_unused_export__ = DetachUserPolicy$;
__webpack_unused_export__ = DetachUserPolicyCommand;
__webpack_unused_export__ = DetachUserPolicyRequest$;
__webpack_unused_export__ = DisableOrganizationsRootCredentialsManagement$;
__webpack_unused_export__ = DisableOrganizationsRootCredentialsManagementCommand;
__webpack_unused_export__ = DisableOrganizationsRootCredentialsManagementRequest$;
__webpack_unused_export__ = DisableOrganizationsRootCredentialsManagementResponse$;
__webpack_unused_export__ = DisableOrganizationsRootSessions$;
__webpack_unused_export__ = DisableOrganizationsRootSessionsCommand;
__webpack_unused_export__ = DisableOrganizationsRootSessionsRequest$;
__webpack_unused_export__ = DisableOrganizationsRootSessionsResponse$;
__webpack_unused_export__ = DisableOutboundWebIdentityFederation$;
__webpack_unused_export__ = DisableOutboundWebIdentityFederationCommand;
__webpack_unused_export__ = DuplicateCertificateException;
__webpack_unused_export__ = DuplicateCertificateException$;
__webpack_unused_export__ = DuplicateSSHPublicKeyException;
__webpack_unused_export__ = DuplicateSSHPublicKeyException$;
__webpack_unused_export__ = EnableMFADevice$;
__webpack_unused_export__ = EnableMFADeviceCommand;
__webpack_unused_export__ = EnableMFADeviceRequest$;
__webpack_unused_export__ = EnableOrganizationsRootCredentialsManagement$;
__webpack_unused_export__ = EnableOrganizationsRootCredentialsManagementCommand;
__webpack_unused_export__ = EnableOrganizationsRootCredentialsManagementRequest$;
__webpack_unused_export__ = EnableOrganizationsRootCredentialsManagementResponse$;
__webpack_unused_export__ = EnableOrganizationsRootSessions$;
__webpack_unused_export__ = EnableOrganizationsRootSessionsCommand;
__webpack_unused_export__ = EnableOrganizationsRootSessionsRequest$;
__webpack_unused_export__ = EnableOrganizationsRootSessionsResponse$;
__webpack_unused_export__ = EnableOutboundWebIdentityFederation$;
__webpack_unused_export__ = EnableOutboundWebIdentityFederationCommand;
__webpack_unused_export__ = EnableOutboundWebIdentityFederationResponse$;
__webpack_unused_export__ = EncodingType;
__webpack_unused_export__ = EntityAlreadyExistsException;
__webpack_unused_export__ = EntityAlreadyExistsException$;
__webpack_unused_export__ = EntityDetails$;
__webpack_unused_export__ = EntityInfo$;
__webpack_unused_export__ = EntityTemporarilyUnmodifiableException;
__webpack_unused_export__ = EntityTemporarilyUnmodifiableException$;
__webpack_unused_export__ = EntityType;
__webpack_unused_export__ = ErrorDetails$;
__webpack_unused_export__ = EvaluationResult$;
__webpack_unused_export__ = FeatureDisabledException;
__webpack_unused_export__ = FeatureDisabledException$;
__webpack_unused_export__ = FeatureEnabledException;
__webpack_unused_export__ = FeatureEnabledException$;
__webpack_unused_export__ = FeatureType;
__webpack_unused_export__ = GenerateCredentialReport$;
__webpack_unused_export__ = GenerateCredentialReportCommand;
__webpack_unused_export__ = GenerateCredentialReportResponse$;
__webpack_unused_export__ = GenerateOrganizationsAccessReport$;
__webpack_unused_export__ = GenerateOrganizationsAccessReportCommand;
__webpack_unused_export__ = GenerateOrganizationsAccessReportRequest$;
__webpack_unused_export__ = GenerateOrganizationsAccessReportResponse$;
__webpack_unused_export__ = GenerateServiceLastAccessedDetails$;
__webpack_unused_export__ = GenerateServiceLastAccessedDetailsCommand;
__webpack_unused_export__ = GenerateServiceLastAccessedDetailsRequest$;
__webpack_unused_export__ = GenerateServiceLastAccessedDetailsResponse$;
__webpack_unused_export__ = GetAccessKeyLastUsed$;
__webpack_unused_export__ = GetAccessKeyLastUsedCommand;
__webpack_unused_export__ = GetAccessKeyLastUsedRequest$;
__webpack_unused_export__ = GetAccessKeyLastUsedResponse$;
__webpack_unused_export__ = GetAccountAuthorizationDetails$;
__webpack_unused_export__ = GetAccountAuthorizationDetailsCommand;
__webpack_unused_export__ = GetAccountAuthorizationDetailsRequest$;
__webpack_unused_export__ = GetAccountAuthorizationDetailsResponse$;
__webpack_unused_export__ = GetAccountPasswordPolicy$;
__webpack_unused_export__ = GetAccountPasswordPolicyCommand;
__webpack_unused_export__ = GetAccountPasswordPolicyResponse$;
__webpack_unused_export__ = GetAccountProperties$;
__webpack_unused_export__ = GetAccountPropertiesCommand;
__webpack_unused_export__ = GetAccountPropertiesRequest$;
__webpack_unused_export__ = GetAccountPropertiesResponse$;
__webpack_unused_export__ = GetAccountSummary$;
__webpack_unused_export__ = GetAccountSummaryCommand;
__webpack_unused_export__ = GetAccountSummaryResponse$;
__webpack_unused_export__ = GetContextKeysForCustomPolicy$;
__webpack_unused_export__ = GetContextKeysForCustomPolicyCommand;
__webpack_unused_export__ = GetContextKeysForCustomPolicyRequest$;
__webpack_unused_export__ = GetContextKeysForPolicyResponse$;
__webpack_unused_export__ = GetContextKeysForPrincipalPolicy$;
__webpack_unused_export__ = GetContextKeysForPrincipalPolicyCommand;
__webpack_unused_export__ = GetContextKeysForPrincipalPolicyRequest$;
__webpack_unused_export__ = GetCredentialReport$;
__webpack_unused_export__ = GetCredentialReportCommand;
__webpack_unused_export__ = GetCredentialReportResponse$;
__webpack_unused_export__ = GetDelegationRequest$;
__webpack_unused_export__ = GetDelegationRequestCommand;
__webpack_unused_export__ = GetDelegationRequestRequest$;
__webpack_unused_export__ = GetDelegationRequestResponse$;
__webpack_unused_export__ = GetGroup$;
__webpack_unused_export__ = GetGroupCommand;
__webpack_unused_export__ = GetGroupPolicy$;
__webpack_unused_export__ = GetGroupPolicyCommand;
__webpack_unused_export__ = GetGroupPolicyRequest$;
__webpack_unused_export__ = GetGroupPolicyResponse$;
__webpack_unused_export__ = GetGroupRequest$;
__webpack_unused_export__ = GetGroupResponse$;
__webpack_unused_export__ = GetHumanReadableSummary$;
__webpack_unused_export__ = GetHumanReadableSummaryCommand;
__webpack_unused_export__ = GetHumanReadableSummaryRequest$;
__webpack_unused_export__ = GetHumanReadableSummaryResponse$;
__webpack_unused_export__ = GetInstanceProfile$;
__webpack_unused_export__ = GetInstanceProfileCommand;
__webpack_unused_export__ = GetInstanceProfileRequest$;
__webpack_unused_export__ = GetInstanceProfileResponse$;
__webpack_unused_export__ = GetLoginProfile$;
__webpack_unused_export__ = GetLoginProfileCommand;
__webpack_unused_export__ = GetLoginProfileRequest$;
__webpack_unused_export__ = GetLoginProfileResponse$;
__webpack_unused_export__ = GetMFADevice$;
__webpack_unused_export__ = GetMFADeviceCommand;
__webpack_unused_export__ = GetMFADeviceRequest$;
__webpack_unused_export__ = GetMFADeviceResponse$;
__webpack_unused_export__ = GetOpenIDConnectProvider$;
__webpack_unused_export__ = GetOpenIDConnectProviderCommand;
__webpack_unused_export__ = GetOpenIDConnectProviderRequest$;
__webpack_unused_export__ = GetOpenIDConnectProviderResponse$;
__webpack_unused_export__ = GetOrganizationsAccessReport$;
__webpack_unused_export__ = GetOrganizationsAccessReportCommand;
__webpack_unused_export__ = GetOrganizationsAccessReportRequest$;
__webpack_unused_export__ = GetOrganizationsAccessReportResponse$;
__webpack_unused_export__ = GetOutboundWebIdentityFederationInfo$;
__webpack_unused_export__ = GetOutboundWebIdentityFederationInfoCommand;
__webpack_unused_export__ = GetOutboundWebIdentityFederationInfoResponse$;
__webpack_unused_export__ = GetPolicy$;
__webpack_unused_export__ = GetPolicyCommand;
__webpack_unused_export__ = GetPolicyRequest$;
__webpack_unused_export__ = GetPolicyResponse$;
__webpack_unused_export__ = GetPolicyVersion$;
__webpack_unused_export__ = GetPolicyVersionCommand;
__webpack_unused_export__ = GetPolicyVersionRequest$;
__webpack_unused_export__ = GetPolicyVersionResponse$;
__webpack_unused_export__ = GetRole$;
exports.kbp = GetRoleCommand;
__webpack_unused_export__ = GetRolePolicy$;
__webpack_unused_export__ = GetRolePolicyCommand;
__webpack_unused_export__ = GetRolePolicyRequest$;
__webpack_unused_export__ = GetRolePolicyResponse$;
__webpack_unused_export__ = GetRoleRequest$;
__webpack_unused_export__ = GetRoleResponse$;
__webpack_unused_export__ = GetRoleTemplateVersion$;
__webpack_unused_export__ = GetRoleTemplateVersionCommand;
__webpack_unused_export__ = GetRoleTemplateVersionRequest$;
__webpack_unused_export__ = GetRoleTemplateVersionResponse$;
__webpack_unused_export__ = GetSAMLProvider$;
__webpack_unused_export__ = GetSAMLProviderCommand;
__webpack_unused_export__ = GetSAMLProviderRequest$;
__webpack_unused_export__ = GetSAMLProviderResponse$;
__webpack_unused_export__ = GetSSHPublicKey$;
__webpack_unused_export__ = GetSSHPublicKeyCommand;
__webpack_unused_export__ = GetSSHPublicKeyRequest$;
__webpack_unused_export__ = GetSSHPublicKeyResponse$;
__webpack_unused_export__ = GetServerCertificate$;
__webpack_unused_export__ = GetServerCertificateCommand;
__webpack_unused_export__ = GetServerCertificateRequest$;
__webpack_unused_export__ = GetServerCertificateResponse$;
__webpack_unused_export__ = GetServiceLastAccessedDetails$;
__webpack_unused_export__ = GetServiceLastAccessedDetailsCommand;
__webpack_unused_export__ = GetServiceLastAccessedDetailsRequest$;
__webpack_unused_export__ = GetServiceLastAccessedDetailsResponse$;
__webpack_unused_export__ = GetServiceLastAccessedDetailsWithEntities$;
__webpack_unused_export__ = GetServiceLastAccessedDetailsWithEntitiesCommand;
__webpack_unused_export__ = GetServiceLastAccessedDetailsWithEntitiesRequest$;
__webpack_unused_export__ = GetServiceLastAccessedDetailsWithEntitiesResponse$;
__webpack_unused_export__ = GetServiceLinkedRoleDeletionStatus$;
__webpack_unused_export__ = GetServiceLinkedRoleDeletionStatusCommand;
__webpack_unused_export__ = GetServiceLinkedRoleDeletionStatusRequest$;
__webpack_unused_export__ = GetServiceLinkedRoleDeletionStatusResponse$;
__webpack_unused_export__ = GetUser$;
__webpack_unused_export__ = GetUserCommand;
__webpack_unused_export__ = GetUserPolicy$;
__webpack_unused_export__ = GetUserPolicyCommand;
__webpack_unused_export__ = GetUserPolicyRequest$;
__webpack_unused_export__ = GetUserPolicyResponse$;
__webpack_unused_export__ = GetUserRequest$;
__webpack_unused_export__ = GetUserResponse$;
__webpack_unused_export__ = GlobalEndpointTokenVersion;
__webpack_unused_export__ = Group$;
__webpack_unused_export__ = GroupDetail$;
__webpack_unused_export__ = IAM;
exports.h8v = IAMClient;
__webpack_unused_export__ = IAMServiceException;
__webpack_unused_export__ = IAMServiceException$;
__webpack_unused_export__ = InlinePolicy$;
__webpack_unused_export__ = InlinePolicyIdentifierType$;
__webpack_unused_export__ = InstanceProfile$;
__webpack_unused_export__ = InvalidAuthenticationCodeException;
__webpack_unused_export__ = InvalidAuthenticationCodeException$;
__webpack_unused_export__ = InvalidCertificateException;
__webpack_unused_export__ = InvalidCertificateException$;
__webpack_unused_export__ = InvalidInputException;
__webpack_unused_export__ = InvalidInputException$;
__webpack_unused_export__ = InvalidPublicKeyException;
__webpack_unused_export__ = InvalidPublicKeyException$;
__webpack_unused_export__ = InvalidUserTypeException;
__webpack_unused_export__ = InvalidUserTypeException$;
__webpack_unused_export__ = JobStatusType;
__webpack_unused_export__ = KeyPairMismatchException;
__webpack_unused_export__ = KeyPairMismatchException$;
__webpack_unused_export__ = LimitExceededException;
__webpack_unused_export__ = LimitExceededException$;
__webpack_unused_export__ = ListAccessKeys$;
__webpack_unused_export__ = ListAccessKeysCommand;
__webpack_unused_export__ = ListAccessKeysRequest$;
__webpack_unused_export__ = ListAccessKeysResponse$;
__webpack_unused_export__ = ListAccountAliases$;
__webpack_unused_export__ = ListAccountAliasesCommand;
__webpack_unused_export__ = ListAccountAliasesRequest$;
__webpack_unused_export__ = ListAccountAliasesResponse$;
__webpack_unused_export__ = ListAttachedGroupPolicies$;
__webpack_unused_export__ = ListAttachedGroupPoliciesCommand;
__webpack_unused_export__ = ListAttachedGroupPoliciesRequest$;
__webpack_unused_export__ = ListAttachedGroupPoliciesResponse$;
__webpack_unused_export__ = ListAttachedRolePolicies$;
__webpack_unused_export__ = ListAttachedRolePoliciesCommand;
__webpack_unused_export__ = ListAttachedRolePoliciesRequest$;
__webpack_unused_export__ = ListAttachedRolePoliciesResponse$;
__webpack_unused_export__ = ListAttachedUserPolicies$;
__webpack_unused_export__ = ListAttachedUserPoliciesCommand;
__webpack_unused_export__ = ListAttachedUserPoliciesRequest$;
__webpack_unused_export__ = ListAttachedUserPoliciesResponse$;
__webpack_unused_export__ = ListDelegationRequests$;
__webpack_unused_export__ = ListDelegationRequestsCommand;
__webpack_unused_export__ = ListDelegationRequestsRequest$;
__webpack_unused_export__ = ListDelegationRequestsResponse$;
__webpack_unused_export__ = ListEntitiesForPolicy$;
__webpack_unused_export__ = ListEntitiesForPolicyCommand;
__webpack_unused_export__ = ListEntitiesForPolicyRequest$;
__webpack_unused_export__ = ListEntitiesForPolicyResponse$;
__webpack_unused_export__ = ListGroupPolicies$;
__webpack_unused_export__ = ListGroupPoliciesCommand;
__webpack_unused_export__ = ListGroupPoliciesRequest$;
__webpack_unused_export__ = ListGroupPoliciesResponse$;
__webpack_unused_export__ = ListGroups$;
__webpack_unused_export__ = ListGroupsCommand;
__webpack_unused_export__ = ListGroupsForUser$;
__webpack_unused_export__ = ListGroupsForUserCommand;
__webpack_unused_export__ = ListGroupsForUserRequest$;
__webpack_unused_export__ = ListGroupsForUserResponse$;
__webpack_unused_export__ = ListGroupsRequest$;
__webpack_unused_export__ = ListGroupsResponse$;
__webpack_unused_export__ = ListInstanceProfileTags$;
__webpack_unused_export__ = ListInstanceProfileTagsCommand;
__webpack_unused_export__ = ListInstanceProfileTagsRequest$;
__webpack_unused_export__ = ListInstanceProfileTagsResponse$;
__webpack_unused_export__ = ListInstanceProfiles$;
__webpack_unused_export__ = ListInstanceProfilesCommand;
__webpack_unused_export__ = ListInstanceProfilesForRole$;
__webpack_unused_export__ = ListInstanceProfilesForRoleCommand;
__webpack_unused_export__ = ListInstanceProfilesForRoleRequest$;
__webpack_unused_export__ = ListInstanceProfilesForRoleResponse$;
__webpack_unused_export__ = ListInstanceProfilesRequest$;
__webpack_unused_export__ = ListInstanceProfilesResponse$;
__webpack_unused_export__ = ListMFADeviceTags$;
__webpack_unused_export__ = ListMFADeviceTagsCommand;
__webpack_unused_export__ = ListMFADeviceTagsRequest$;
__webpack_unused_export__ = ListMFADeviceTagsResponse$;
__webpack_unused_export__ = ListMFADevices$;
__webpack_unused_export__ = ListMFADevicesCommand;
__webpack_unused_export__ = ListMFADevicesRequest$;
__webpack_unused_export__ = ListMFADevicesResponse$;
__webpack_unused_export__ = ListOpenIDConnectProviderTags$;
__webpack_unused_export__ = ListOpenIDConnectProviderTagsCommand;
__webpack_unused_export__ = ListOpenIDConnectProviderTagsRequest$;
__webpack_unused_export__ = ListOpenIDConnectProviderTagsResponse$;
__webpack_unused_export__ = ListOpenIDConnectProviders$;
__webpack_unused_export__ = ListOpenIDConnectProvidersCommand;
__webpack_unused_export__ = ListOpenIDConnectProvidersRequest$;
__webpack_unused_export__ = ListOpenIDConnectProvidersResponse$;
__webpack_unused_export__ = ListOrganizationsFeatures$;
__webpack_unused_export__ = ListOrganizationsFeaturesCommand;
__webpack_unused_export__ = ListOrganizationsFeaturesRequest$;
__webpack_unused_export__ = ListOrganizationsFeaturesResponse$;
__webpack_unused_export__ = ListPolicies$;
__webpack_unused_export__ = ListPoliciesCommand;
__webpack_unused_export__ = ListPoliciesGrantingServiceAccess$;
__webpack_unused_export__ = ListPoliciesGrantingServiceAccessCommand;
__webpack_unused_export__ = ListPoliciesGrantingServiceAccessEntry$;
__webpack_unused_export__ = ListPoliciesGrantingServiceAccessRequest$;
__webpack_unused_export__ = ListPoliciesGrantingServiceAccessResponse$;
__webpack_unused_export__ = ListPoliciesRequest$;
__webpack_unused_export__ = ListPoliciesResponse$;
__webpack_unused_export__ = ListPolicyTags$;
__webpack_unused_export__ = ListPolicyTagsCommand;
__webpack_unused_export__ = ListPolicyTagsRequest$;
__webpack_unused_export__ = ListPolicyTagsResponse$;
__webpack_unused_export__ = ListPolicyVersions$;
__webpack_unused_export__ = ListPolicyVersionsCommand;
__webpack_unused_export__ = ListPolicyVersionsRequest$;
__webpack_unused_export__ = ListPolicyVersionsResponse$;
__webpack_unused_export__ = ListRolePolicies$;
__webpack_unused_export__ = ListRolePoliciesCommand;
__webpack_unused_export__ = ListRolePoliciesRequest$;
__webpack_unused_export__ = ListRolePoliciesResponse$;
__webpack_unused_export__ = ListRoleTags$;
__webpack_unused_export__ = ListRoleTagsCommand;
__webpack_unused_export__ = ListRoleTagsRequest$;
__webpack_unused_export__ = ListRoleTagsResponse$;
__webpack_unused_export__ = ListRoles$;
__webpack_unused_export__ = ListRolesCommand;
__webpack_unused_export__ = ListRolesRequest$;
__webpack_unused_export__ = ListRolesResponse$;
__webpack_unused_export__ = ListSAMLProviderTags$;
__webpack_unused_export__ = ListSAMLProviderTagsCommand;
__webpack_unused_export__ = ListSAMLProviderTagsRequest$;
__webpack_unused_export__ = ListSAMLProviderTagsResponse$;
__webpack_unused_export__ = ListSAMLProviders$;
__webpack_unused_export__ = ListSAMLProvidersCommand;
__webpack_unused_export__ = ListSAMLProvidersRequest$;
__webpack_unused_export__ = ListSAMLProvidersResponse$;
__webpack_unused_export__ = ListSSHPublicKeys$;
__webpack_unused_export__ = ListSSHPublicKeysCommand;
__webpack_unused_export__ = ListSSHPublicKeysRequest$;
__webpack_unused_export__ = ListSSHPublicKeysResponse$;
__webpack_unused_export__ = ListServerCertificateTags$;
__webpack_unused_export__ = ListServerCertificateTagsCommand;
__webpack_unused_export__ = ListServerCertificateTagsRequest$;
__webpack_unused_export__ = ListServerCertificateTagsResponse$;
__webpack_unused_export__ = ListServerCertificates$;
__webpack_unused_export__ = ListServerCertificatesCommand;
__webpack_unused_export__ = ListServerCertificatesRequest$;
__webpack_unused_export__ = ListServerCertificatesResponse$;
__webpack_unused_export__ = ListServiceSpecificCredentials$;
__webpack_unused_export__ = ListServiceSpecificCredentialsCommand;
__webpack_unused_export__ = ListServiceSpecificCredentialsRequest$;
__webpack_unused_export__ = ListServiceSpecificCredentialsResponse$;
__webpack_unused_export__ = ListSigningCertificates$;
__webpack_unused_export__ = ListSigningCertificatesCommand;
__webpack_unused_export__ = ListSigningCertificatesRequest$;
__webpack_unused_export__ = ListSigningCertificatesResponse$;
__webpack_unused_export__ = ListUserPolicies$;
__webpack_unused_export__ = ListUserPoliciesCommand;
__webpack_unused_export__ = ListUserPoliciesRequest$;
__webpack_unused_export__ = ListUserPoliciesResponse$;
__webpack_unused_export__ = ListUserTags$;
__webpack_unused_export__ = ListUserTagsCommand;
__webpack_unused_export__ = ListUserTagsRequest$;
__webpack_unused_export__ = ListUserTagsResponse$;
__webpack_unused_export__ = ListUsers$;
__webpack_unused_export__ = ListUsersCommand;
__webpack_unused_export__ = ListUsersRequest$;
__webpack_unused_export__ = ListUsersResponse$;
__webpack_unused_export__ = ListVirtualMFADevices$;
__webpack_unused_export__ = ListVirtualMFADevicesCommand;
__webpack_unused_export__ = ListVirtualMFADevicesRequest$;
__webpack_unused_export__ = ListVirtualMFADevicesResponse$;
__webpack_unused_export__ = LoginProfile$;
__webpack_unused_export__ = MFADevice$;
__webpack_unused_export__ = MalformedCertificateException;
__webpack_unused_export__ = MalformedCertificateException$;
__webpack_unused_export__ = MalformedPolicyDocumentException;
__webpack_unused_export__ = MalformedPolicyDocumentException$;
__webpack_unused_export__ = ManagedByTypeType;
__webpack_unused_export__ = ManagedPolicyDetail$;
__webpack_unused_export__ = NameConflictException;
__webpack_unused_export__ = NameConflictException$;
__webpack_unused_export__ = NoSuchEntityException;
__webpack_unused_export__ = NoSuchEntityException$;
__webpack_unused_export__ = OpenIDConnectProviderListEntry$;
__webpack_unused_export__ = OpenIdIdpCommunicationErrorException;
__webpack_unused_export__ = OpenIdIdpCommunicationErrorException$;
__webpack_unused_export__ = OrderedOrganizationPolicyType$;
__webpack_unused_export__ = OrganizationNotFoundException;
__webpack_unused_export__ = OrganizationNotFoundException$;
__webpack_unused_export__ = OrganizationNotInAllFeaturesModeException;
__webpack_unused_export__ = OrganizationNotInAllFeaturesModeException$;
__webpack_unused_export__ = OrganizationsDecisionDetail$;
__webpack_unused_export__ = ParameterDefinition$;
__webpack_unused_export__ = ParameterTypeType;
__webpack_unused_export__ = PasswordPolicy$;
__webpack_unused_export__ = PasswordPolicyViolationException;
__webpack_unused_export__ = PasswordPolicyViolationException$;
__webpack_unused_export__ = PermissionCheckResultType;
__webpack_unused_export__ = PermissionCheckStatusType;
__webpack_unused_export__ = PermissionsBoundaryAttachmentType;
__webpack_unused_export__ = PermissionsBoundaryDecisionDetail$;
__webpack_unused_export__ = Policy$;
__webpack_unused_export__ = PolicyDetail$;
__webpack_unused_export__ = PolicyEvaluationDecisionType;
__webpack_unused_export__ = PolicyEvaluationException;
__webpack_unused_export__ = PolicyEvaluationException$;
__webpack_unused_export__ = PolicyGrantingServiceAccess$;
__webpack_unused_export__ = PolicyGroup$;
__webpack_unused_export__ = PolicyIdentifier$;
__webpack_unused_export__ = PolicyIdentifierPolicyType;
__webpack_unused_export__ = PolicyNotAttachableException;
__webpack_unused_export__ = PolicyNotAttachableException$;
__webpack_unused_export__ = PolicyOwnerEntityType;
__webpack_unused_export__ = PolicyParameter$;
__webpack_unused_export__ = PolicyParameterTypeEnum;
__webpack_unused_export__ = PolicyRole$;
__webpack_unused_export__ = PolicyScopeType;
__webpack_unused_export__ = PolicySourceType;
__webpack_unused_export__ = PolicyType;
__webpack_unused_export__ = PolicyUsageType;
__webpack_unused_export__ = PolicyUser$;
__webpack_unused_export__ = PolicyVersion$;
__webpack_unused_export__ = Position$;
__webpack_unused_export__ = PutAccountProperties$;
__webpack_unused_export__ = PutAccountPropertiesCommand;
__webpack_unused_export__ = PutAccountPropertiesRequest$;
__webpack_unused_export__ = PutAccountPropertiesResponse$;
__webpack_unused_export__ = PutGroupPolicy$;
__webpack_unused_export__ = PutGroupPolicyCommand;
__webpack_unused_export__ = PutGroupPolicyRequest$;
__webpack_unused_export__ = PutRolePermissionsBoundary$;
__webpack_unused_export__ = PutRolePermissionsBoundaryCommand;
__webpack_unused_export__ = PutRolePermissionsBoundaryRequest$;
__webpack_unused_export__ = PutRolePolicy$;
__webpack_unused_export__ = PutRolePolicyCommand;
__webpack_unused_export__ = PutRolePolicyRequest$;
__webpack_unused_export__ = PutUserPermissionsBoundary$;
__webpack_unused_export__ = PutUserPermissionsBoundaryCommand;
__webpack_unused_export__ = PutUserPermissionsBoundaryRequest$;
__webpack_unused_export__ = PutUserPolicy$;
__webpack_unused_export__ = PutUserPolicyCommand;
__webpack_unused_export__ = PutUserPolicyRequest$;
__webpack_unused_export__ = RejectDelegationRequest$;
__webpack_unused_export__ = RejectDelegationRequestCommand;
__webpack_unused_export__ = RejectDelegationRequestRequest$;
__webpack_unused_export__ = RemoveClientIDFromOpenIDConnectProvider$;
__webpack_unused_export__ = RemoveClientIDFromOpenIDConnectProviderCommand;
__webpack_unused_export__ = RemoveClientIDFromOpenIDConnectProviderRequest$;
__webpack_unused_export__ = RemoveRoleFromInstanceProfile$;
__webpack_unused_export__ = RemoveRoleFromInstanceProfileCommand;
__webpack_unused_export__ = RemoveRoleFromInstanceProfileRequest$;
__webpack_unused_export__ = RemoveUserFromGroup$;
__webpack_unused_export__ = RemoveUserFromGroupCommand;
__webpack_unused_export__ = RemoveUserFromGroupRequest$;
__webpack_unused_export__ = ReplacementValueEntry$;
__webpack_unused_export__ = ReportFormatType;
__webpack_unused_export__ = ReportGenerationLimitExceededException;
__webpack_unused_export__ = ReportGenerationLimitExceededException$;
__webpack_unused_export__ = ReportStateType;
__webpack_unused_export__ = ResetServiceSpecificCredential$;
__webpack_unused_export__ = ResetServiceSpecificCredentialCommand;
__webpack_unused_export__ = ResetServiceSpecificCredentialRequest$;
__webpack_unused_export__ = ResetServiceSpecificCredentialResponse$;
__webpack_unused_export__ = ResourceSpecificResult$;
__webpack_unused_export__ = ResyncMFADevice$;
__webpack_unused_export__ = ResyncMFADeviceCommand;
__webpack_unused_export__ = ResyncMFADeviceRequest$;
__webpack_unused_export__ = Role$;
__webpack_unused_export__ = RoleDetail$;
__webpack_unused_export__ = RoleLastUsed$;
__webpack_unused_export__ = RoleModifiedException;
__webpack_unused_export__ = RoleModifiedException$;
__webpack_unused_export__ = RoleTemplateDisabledException;
__webpack_unused_export__ = RoleTemplateDisabledException$;
__webpack_unused_export__ = RoleTemplateVersion$;
__webpack_unused_export__ = RoleUsageType$;
__webpack_unused_export__ = SAMLPrivateKey$;
__webpack_unused_export__ = SAMLProviderListEntry$;
__webpack_unused_export__ = SSHPublicKey$;
__webpack_unused_export__ = SSHPublicKeyMetadata$;
__webpack_unused_export__ = SendDelegationToken$;
__webpack_unused_export__ = SendDelegationTokenCommand;
__webpack_unused_export__ = SendDelegationTokenRequest$;
__webpack_unused_export__ = ServerCertificate$;
__webpack_unused_export__ = ServerCertificateMetadata$;
__webpack_unused_export__ = ServiceAccessNotEnabledException;
__webpack_unused_export__ = ServiceAccessNotEnabledException$;
__webpack_unused_export__ = ServiceFailureException;
__webpack_unused_export__ = ServiceFailureException$;
__webpack_unused_export__ = ServiceLastAccessed$;
__webpack_unused_export__ = ServiceNotSupportedException;
__webpack_unused_export__ = ServiceNotSupportedException$;
__webpack_unused_export__ = ServiceSpecificCredential$;
__webpack_unused_export__ = ServiceSpecificCredentialMetadata$;
__webpack_unused_export__ = SetDefaultPolicyVersion$;
__webpack_unused_export__ = SetDefaultPolicyVersionCommand;
__webpack_unused_export__ = SetDefaultPolicyVersionRequest$;
__webpack_unused_export__ = SetSecurityTokenServicePreferences$;
__webpack_unused_export__ = SetSecurityTokenServicePreferencesCommand;
__webpack_unused_export__ = SetSecurityTokenServicePreferencesRequest$;
__webpack_unused_export__ = SigningCertificate$;
__webpack_unused_export__ = SimulateCustomPolicy$;
__webpack_unused_export__ = SimulateCustomPolicyCommand;
__webpack_unused_export__ = SimulateCustomPolicyRequest$;
__webpack_unused_export__ = SimulatePolicyResponse$;
__webpack_unused_export__ = SimulatePrincipalPolicy$;
__webpack_unused_export__ = SimulatePrincipalPolicyCommand;
__webpack_unused_export__ = SimulatePrincipalPolicyRequest$;
__webpack_unused_export__ = SortKeyType;
__webpack_unused_export__ = SourceRoleTemplate$;
__webpack_unused_export__ = StateType;
__webpack_unused_export__ = Statement$;
__webpack_unused_export__ = StatusType;
__webpack_unused_export__ = SummaryKeyType;
__webpack_unused_export__ = SummaryStateType;
__webpack_unused_export__ = Tag$;
__webpack_unused_export__ = TagInstanceProfile$;
__webpack_unused_export__ = TagInstanceProfileCommand;
__webpack_unused_export__ = TagInstanceProfileRequest$;
__webpack_unused_export__ = TagMFADevice$;
__webpack_unused_export__ = TagMFADeviceCommand;
__webpack_unused_export__ = TagMFADeviceRequest$;
__webpack_unused_export__ = TagOpenIDConnectProvider$;
__webpack_unused_export__ = TagOpenIDConnectProviderCommand;
__webpack_unused_export__ = TagOpenIDConnectProviderRequest$;
__webpack_unused_export__ = TagPolicy$;
__webpack_unused_export__ = TagPolicyCommand;
__webpack_unused_export__ = TagPolicyRequest$;
__webpack_unused_export__ = TagRole$;
__webpack_unused_export__ = TagRoleCommand;
__webpack_unused_export__ = TagRoleRequest$;
__webpack_unused_export__ = TagSAMLProvider$;
__webpack_unused_export__ = TagSAMLProviderCommand;
__webpack_unused_export__ = TagSAMLProviderRequest$;
__webpack_unused_export__ = TagServerCertificate$;
__webpack_unused_export__ = TagServerCertificateCommand;
__webpack_unused_export__ = TagServerCertificateRequest$;
__webpack_unused_export__ = TagTemplate$;
__webpack_unused_export__ = TagUser$;
__webpack_unused_export__ = TagUserCommand;
__webpack_unused_export__ = TagUserRequest$;
__webpack_unused_export__ = TrackedActionLastAccessed$;
__webpack_unused_export__ = UnmodifiableEntityException;
__webpack_unused_export__ = UnmodifiableEntityException$;
__webpack_unused_export__ = UnrecognizedPublicKeyEncodingException;
__webpack_unused_export__ = UnrecognizedPublicKeyEncodingException$;
__webpack_unused_export__ = UntagInstanceProfile$;
__webpack_unused_export__ = UntagInstanceProfileCommand;
__webpack_unused_export__ = UntagInstanceProfileRequest$;
__webpack_unused_export__ = UntagMFADevice$;
__webpack_unused_export__ = UntagMFADeviceCommand;
__webpack_unused_export__ = UntagMFADeviceRequest$;
__webpack_unused_export__ = UntagOpenIDConnectProvider$;
__webpack_unused_export__ = UntagOpenIDConnectProviderCommand;
__webpack_unused_export__ = UntagOpenIDConnectProviderRequest$;
__webpack_unused_export__ = UntagPolicy$;
__webpack_unused_export__ = UntagPolicyCommand;
__webpack_unused_export__ = UntagPolicyRequest$;
__webpack_unused_export__ = UntagRole$;
__webpack_unused_export__ = UntagRoleCommand;
__webpack_unused_export__ = UntagRoleRequest$;
__webpack_unused_export__ = UntagSAMLProvider$;
__webpack_unused_export__ = UntagSAMLProviderCommand;
__webpack_unused_export__ = UntagSAMLProviderRequest$;
__webpack_unused_export__ = UntagServerCertificate$;
__webpack_unused_export__ = UntagServerCertificateCommand;
__webpack_unused_export__ = UntagServerCertificateRequest$;
__webpack_unused_export__ = UntagUser$;
__webpack_unused_export__ = UntagUserCommand;
__webpack_unused_export__ = UntagUserRequest$;
__webpack_unused_export__ = UpdateAccessKey$;
__webpack_unused_export__ = UpdateAccessKeyCommand;
__webpack_unused_export__ = UpdateAccessKeyRequest$;
__webpack_unused_export__ = UpdateAccountPasswordPolicy$;
__webpack_unused_export__ = UpdateAccountPasswordPolicyCommand;
__webpack_unused_export__ = UpdateAccountPasswordPolicyRequest$;
__webpack_unused_export__ = UpdateAssumeRolePolicy$;
__webpack_unused_export__ = UpdateAssumeRolePolicyCommand;
__webpack_unused_export__ = UpdateAssumeRolePolicyRequest$;
__webpack_unused_export__ = UpdateDelegationRequest$;
__webpack_unused_export__ = UpdateDelegationRequestCommand;
__webpack_unused_export__ = UpdateDelegationRequestRequest$;
__webpack_unused_export__ = UpdateGroup$;
__webpack_unused_export__ = UpdateGroupCommand;
__webpack_unused_export__ = UpdateGroupRequest$;
__webpack_unused_export__ = UpdateLoginProfile$;
__webpack_unused_export__ = UpdateLoginProfileCommand;
__webpack_unused_export__ = UpdateLoginProfileRequest$;
__webpack_unused_export__ = UpdateOpenIDConnectProviderThumbprint$;
__webpack_unused_export__ = UpdateOpenIDConnectProviderThumbprintCommand;
__webpack_unused_export__ = UpdateOpenIDConnectProviderThumbprintRequest$;
__webpack_unused_export__ = UpdateRole$;
__webpack_unused_export__ = UpdateRoleCommand;
__webpack_unused_export__ = UpdateRoleDescription$;
__webpack_unused_export__ = UpdateRoleDescriptionCommand;
__webpack_unused_export__ = UpdateRoleDescriptionRequest$;
__webpack_unused_export__ = UpdateRoleDescriptionResponse$;
__webpack_unused_export__ = UpdateRoleRequest$;
__webpack_unused_export__ = UpdateRoleResponse$;
__webpack_unused_export__ = UpdateSAMLProvider$;
__webpack_unused_export__ = UpdateSAMLProviderCommand;
__webpack_unused_export__ = UpdateSAMLProviderRequest$;
__webpack_unused_export__ = UpdateSAMLProviderResponse$;
__webpack_unused_export__ = UpdateSSHPublicKey$;
__webpack_unused_export__ = UpdateSSHPublicKeyCommand;
__webpack_unused_export__ = UpdateSSHPublicKeyRequest$;
__webpack_unused_export__ = UpdateServerCertificate$;
__webpack_unused_export__ = UpdateServerCertificateCommand;
__webpack_unused_export__ = UpdateServerCertificateRequest$;
__webpack_unused_export__ = UpdateServiceSpecificCredential$;
__webpack_unused_export__ = UpdateServiceSpecificCredentialCommand;
__webpack_unused_export__ = UpdateServiceSpecificCredentialRequest$;
__webpack_unused_export__ = UpdateSigningCertificate$;
__webpack_unused_export__ = UpdateSigningCertificateCommand;
__webpack_unused_export__ = UpdateSigningCertificateRequest$;
__webpack_unused_export__ = UpdateUser$;
__webpack_unused_export__ = UpdateUserCommand;
__webpack_unused_export__ = UpdateUserRequest$;
__webpack_unused_export__ = UploadSSHPublicKey$;
__webpack_unused_export__ = UploadSSHPublicKeyCommand;
__webpack_unused_export__ = UploadSSHPublicKeyRequest$;
__webpack_unused_export__ = UploadSSHPublicKeyResponse$;
__webpack_unused_export__ = UploadServerCertificate$;
__webpack_unused_export__ = UploadServerCertificateCommand;
__webpack_unused_export__ = UploadServerCertificateRequest$;
__webpack_unused_export__ = UploadServerCertificateResponse$;
__webpack_unused_export__ = UploadSigningCertificate$;
__webpack_unused_export__ = UploadSigningCertificateCommand;
__webpack_unused_export__ = UploadSigningCertificateRequest$;
__webpack_unused_export__ = UploadSigningCertificateResponse$;
__webpack_unused_export__ = User$;
__webpack_unused_export__ = UserDetail$;
__webpack_unused_export__ = VirtualMFADevice$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateGetAccountAuthorizationDetails;
__webpack_unused_export__ = paginateGetGroup;
__webpack_unused_export__ = paginateListAccessKeys;
__webpack_unused_export__ = paginateListAccountAliases;
__webpack_unused_export__ = paginateListAttachedGroupPolicies;
__webpack_unused_export__ = paginateListAttachedRolePolicies;
__webpack_unused_export__ = paginateListAttachedUserPolicies;
__webpack_unused_export__ = paginateListEntitiesForPolicy;
__webpack_unused_export__ = paginateListGroupPolicies;
__webpack_unused_export__ = paginateListGroups;
__webpack_unused_export__ = paginateListGroupsForUser;
__webpack_unused_export__ = paginateListInstanceProfileTags;
__webpack_unused_export__ = paginateListInstanceProfiles;
__webpack_unused_export__ = paginateListInstanceProfilesForRole;
__webpack_unused_export__ = paginateListMFADeviceTags;
__webpack_unused_export__ = paginateListMFADevices;
__webpack_unused_export__ = paginateListOpenIDConnectProviderTags;
__webpack_unused_export__ = paginateListPolicies;
__webpack_unused_export__ = paginateListPolicyTags;
__webpack_unused_export__ = paginateListPolicyVersions;
__webpack_unused_export__ = paginateListRolePolicies;
__webpack_unused_export__ = paginateListRoleTags;
__webpack_unused_export__ = paginateListRoles;
__webpack_unused_export__ = paginateListSAMLProviderTags;
__webpack_unused_export__ = paginateListSSHPublicKeys;
__webpack_unused_export__ = paginateListServerCertificateTags;
__webpack_unused_export__ = paginateListServerCertificates;
__webpack_unused_export__ = paginateListSigningCertificates;
__webpack_unused_export__ = paginateListUserPolicies;
__webpack_unused_export__ = paginateListUserTags;
__webpack_unused_export__ = paginateListUsers;
__webpack_unused_export__ = paginateListVirtualMFADevices;
__webpack_unused_export__ = paginateSimulateCustomPolicy;
__webpack_unused_export__ = paginateSimulatePrincipalPolicy;
__webpack_unused_export__ = waitForInstanceProfileExists;
__webpack_unused_export__ = waitForPolicyExists;
__webpack_unused_export__ = waitForRoleExists;
__webpack_unused_export__ = waitForUserExists;
__webpack_unused_export__ = waitUntilInstanceProfileExists;
__webpack_unused_export__ = waitUntilPolicyExists;
__webpack_unused_export__ = waitUntilRoleExists;
__webpack_unused_export__ = waitUntilUserExists;


/***/ }),

/***/ 71696:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = __webpack_require__(5152);
const { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = __webpack_require__(90402);
const { normalizeProvider, getSmithyContext, ServiceException: ServiceException$1, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = __webpack_require__(92658);
const { Command: $Command } = __webpack_require__(92658);
__webpack_unused_export__ = $Command;
__webpack_unused_export__ = Client;
const { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = __webpack_require__(47291);
const { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = __webpack_require__(62085);
const { eventStreamSerdeProvider, resolveEventStreamSerdeConfig } = __webpack_require__(56579);
const { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = __webpack_require__(93422);
const { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = __webpack_require__(23609);
const { TypeRegistry, getSchemaSerdePlugin } = __webpack_require__(26890);
const { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = __webpack_require__(97523);
const { defaultProvider } = __webpack_require__(5861);
const { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = __webpack_require__(92430);
const { streamCollector, NodeHttpHandler } = __webpack_require__(61279);
const { AwsRestJsonProtocol } = __webpack_require__(37288);
const { Sha256 } = __webpack_require__(99542);

const defaultLambdaHttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "lambda",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const defaultLambdaHttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
    }
    return options;
};
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = resolveAwsSdkSigV4Config(config);
    return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? []),
    });
};

const resolveClientEndpointParameters = (options) => {
    return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "lambda",
    });
};
const commonParams = {
    UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
    Endpoint: { type: "builtInParams", name: "endpoint" },
    Region: { type: "builtInParams", name: "region" },
    UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" },
};

var version = "3.1163.0";
var packageInfo = {
	version: version};

const k = "ref";
const a = -1, b = true, c = "isSet", d = "PartitionResult", e = "booleanEquals", f = "getAttr", g = { [k]: "Endpoint" }, h = { [k]: d }, i = {}, j = [{ [k]: "Region" }];
const _data = {
    conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
    ],
    results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://lambda-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://lambda-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://lambda.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://lambda.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 12, 3,
    1, 4, r + 11,
    2, 5, r + 11,
    3, 8, 6,
    4, 7, r + 10,
    5, r + 8, r + 9,
    4, 10, 9,
    6, r + 6, r + 7,
    5, 11, r + 5,
    6, r + 4, r + 5,
    3, r + 1, 13,
    4, r + 2, r + 3,
]);
const bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

const cache = new EndpointCache({
    size: 50,
    params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

class LambdaServiceException extends ServiceException$1 {
    static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.lambda#LambdaServiceException";
    constructor(options) {
        super(options);
        Object.setPrototypeOf(this, LambdaServiceException.prototype);
    }
}

class InvalidParameterValueException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#InvalidParameterValueException";
    name = "InvalidParameterValueException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "InvalidParameterValueException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidParameterValueException.prototype);
        this.Type = opts.Type;
    }
}
class PolicyLengthExceededException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#PolicyLengthExceededException";
    name = "PolicyLengthExceededException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "PolicyLengthExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PolicyLengthExceededException.prototype);
        this.Type = opts.Type;
    }
}
class PreconditionFailedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#PreconditionFailedException";
    name = "PreconditionFailedException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "PreconditionFailedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PreconditionFailedException.prototype);
        this.Type = opts.Type;
    }
}
class ResourceConflictException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ResourceConflictException";
    name = "ResourceConflictException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "ResourceConflictException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceConflictException.prototype);
        this.Type = opts.Type;
    }
}
class ResourceNotFoundException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ResourceNotFoundException";
    name = "ResourceNotFoundException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "ResourceNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class ServiceException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ServiceException";
    name = "ServiceException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "ServiceException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class TooManyRequestsException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#TooManyRequestsException";
    name = "TooManyRequestsException";
    $fault = "client";
    retryAfterSeconds;
    Type;
    Reason;
    constructor(opts) {
        super({
            name: "TooManyRequestsException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, TooManyRequestsException.prototype);
        this.retryAfterSeconds = opts.retryAfterSeconds;
        this.Type = opts.Type;
        this.Reason = opts.Reason;
    }
}
class PublicPolicyException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#PublicPolicyException";
    name = "PublicPolicyException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "PublicPolicyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, PublicPolicyException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class AliasLimitExceededException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#AliasLimitExceededException";
    name = "AliasLimitExceededException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "AliasLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, AliasLimitExceededException.prototype);
        this.Type = opts.Type;
    }
}
class CapacityProviderLimitExceededException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CapacityProviderLimitExceededException";
    name = "CapacityProviderLimitExceededException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "CapacityProviderLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CapacityProviderLimitExceededException.prototype);
        this.Type = opts.Type;
    }
}
class KMSAccessDeniedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#KMSAccessDeniedException";
    name = "KMSAccessDeniedException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "KMSAccessDeniedException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSAccessDeniedException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class KMSDisabledException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#KMSDisabledException";
    name = "KMSDisabledException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "KMSDisabledException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSDisabledException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class KMSInvalidStateException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#KMSInvalidStateException";
    name = "KMSInvalidStateException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "KMSInvalidStateException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSInvalidStateException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class KMSNotFoundException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#KMSNotFoundException";
    name = "KMSNotFoundException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "KMSNotFoundException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, KMSNotFoundException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class ResourceInUseException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ResourceInUseException";
    name = "ResourceInUseException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "ResourceInUseException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceInUseException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class CodeSigningConfigNotFoundException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CodeSigningConfigNotFoundException";
    name = "CodeSigningConfigNotFoundException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "CodeSigningConfigNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CodeSigningConfigNotFoundException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class CodeStorageExceededException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CodeStorageExceededException";
    name = "CodeStorageExceededException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "CodeStorageExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CodeStorageExceededException.prototype);
        this.Type = opts.Type;
    }
}
class CodeVerificationFailedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CodeVerificationFailedException";
    name = "CodeVerificationFailedException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "CodeVerificationFailedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CodeVerificationFailedException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class FunctionVersionsPerCapacityProviderLimitExceededException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#FunctionVersionsPerCapacityProviderLimitExceededException";
    name = "FunctionVersionsPerCapacityProviderLimitExceededException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "FunctionVersionsPerCapacityProviderLimitExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, FunctionVersionsPerCapacityProviderLimitExceededException.prototype);
        this.Type = opts.Type;
    }
}
class InvalidCodeSignatureException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#InvalidCodeSignatureException";
    name = "InvalidCodeSignatureException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "InvalidCodeSignatureException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidCodeSignatureException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class CodeArtifactUserDeletedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CodeArtifactUserDeletedException";
    name = "CodeArtifactUserDeletedException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "CodeArtifactUserDeletedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CodeArtifactUserDeletedException.prototype);
        this.Type = opts.Type;
    }
}
class CodeArtifactUserFailedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CodeArtifactUserFailedException";
    name = "CodeArtifactUserFailedException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "CodeArtifactUserFailedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CodeArtifactUserFailedException.prototype);
        this.Type = opts.Type;
    }
}
class CodeArtifactUserPendingException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CodeArtifactUserPendingException";
    name = "CodeArtifactUserPendingException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "CodeArtifactUserPendingException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CodeArtifactUserPendingException.prototype);
        this.Type = opts.Type;
    }
}
class DurableExecutionAlreadyStartedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#DurableExecutionAlreadyStartedException";
    name = "DurableExecutionAlreadyStartedException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "DurableExecutionAlreadyStartedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, DurableExecutionAlreadyStartedException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class EC2AccessDeniedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#EC2AccessDeniedException";
    name = "EC2AccessDeniedException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "EC2AccessDeniedException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, EC2AccessDeniedException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class EC2ThrottledException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#EC2ThrottledException";
    name = "EC2ThrottledException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "EC2ThrottledException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, EC2ThrottledException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class EC2UnexpectedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#EC2UnexpectedException";
    name = "EC2UnexpectedException";
    $fault = "server";
    Type;
    Message;
    EC2ErrorCode;
    constructor(opts) {
        super({
            name: "EC2UnexpectedException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, EC2UnexpectedException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
        this.EC2ErrorCode = opts.EC2ErrorCode;
    }
}
class EFSIOException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#EFSIOException";
    name = "EFSIOException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "EFSIOException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EFSIOException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class EFSMountConnectivityException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#EFSMountConnectivityException";
    name = "EFSMountConnectivityException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "EFSMountConnectivityException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EFSMountConnectivityException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class EFSMountFailureException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#EFSMountFailureException";
    name = "EFSMountFailureException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "EFSMountFailureException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EFSMountFailureException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class EFSMountTimeoutException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#EFSMountTimeoutException";
    name = "EFSMountTimeoutException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "EFSMountTimeoutException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, EFSMountTimeoutException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class ENILimitReachedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ENILimitReachedException";
    name = "ENILimitReachedException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "ENILimitReachedException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ENILimitReachedException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class ENINotReadyException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ENINotReadyException";
    name = "ENINotReadyException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "ENINotReadyException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ENINotReadyException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class InvalidRequestContentException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#InvalidRequestContentException";
    name = "InvalidRequestContentException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "InvalidRequestContentException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRequestContentException.prototype);
        this.Type = opts.Type;
    }
}
class InvalidRuntimeException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#InvalidRuntimeException";
    name = "InvalidRuntimeException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "InvalidRuntimeException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidRuntimeException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class InvalidSecurityGroupIDException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#InvalidSecurityGroupIDException";
    name = "InvalidSecurityGroupIDException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "InvalidSecurityGroupIDException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSecurityGroupIDException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class InvalidSubnetIDException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#InvalidSubnetIDException";
    name = "InvalidSubnetIDException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "InvalidSubnetIDException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidSubnetIDException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class InvalidZipFileException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#InvalidZipFileException";
    name = "InvalidZipFileException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "InvalidZipFileException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, InvalidZipFileException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class ModeNotSupportedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ModeNotSupportedException";
    name = "ModeNotSupportedException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "ModeNotSupportedException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ModeNotSupportedException.prototype);
        this.Type = opts.Type;
    }
}
class NoPublishedVersionException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#NoPublishedVersionException";
    name = "NoPublishedVersionException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "NoPublishedVersionException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, NoPublishedVersionException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class RecursiveInvocationException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#RecursiveInvocationException";
    name = "RecursiveInvocationException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "RecursiveInvocationException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RecursiveInvocationException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class RequestTooLargeException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#RequestTooLargeException";
    name = "RequestTooLargeException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "RequestTooLargeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, RequestTooLargeException.prototype);
        this.Type = opts.Type;
    }
}
class ResourceNotReadyException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ResourceNotReadyException";
    name = "ResourceNotReadyException";
    $fault = "server";
    Type;
    constructor(opts) {
        super({
            name: "ResourceNotReadyException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, ResourceNotReadyException.prototype);
        this.Type = opts.Type;
    }
}
class S3FilesMountConnectivityException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#S3FilesMountConnectivityException";
    name = "S3FilesMountConnectivityException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "S3FilesMountConnectivityException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, S3FilesMountConnectivityException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class S3FilesMountFailureException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#S3FilesMountFailureException";
    name = "S3FilesMountFailureException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "S3FilesMountFailureException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, S3FilesMountFailureException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class S3FilesMountTimeoutException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#S3FilesMountTimeoutException";
    name = "S3FilesMountTimeoutException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "S3FilesMountTimeoutException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, S3FilesMountTimeoutException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class SerializedRequestEntityTooLargeException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#SerializedRequestEntityTooLargeException";
    name = "SerializedRequestEntityTooLargeException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "SerializedRequestEntityTooLargeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SerializedRequestEntityTooLargeException.prototype);
        this.Type = opts.Type;
    }
}
class ServiceQuotaExceededException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ServiceQuotaExceededException";
    name = "ServiceQuotaExceededException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "ServiceQuotaExceededException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ServiceQuotaExceededException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class SnapStartException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#SnapStartException";
    name = "SnapStartException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "SnapStartException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapStartException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class SnapStartNotReadyException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#SnapStartNotReadyException";
    name = "SnapStartNotReadyException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "SnapStartNotReadyException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapStartNotReadyException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class SnapStartRegenerationFailureException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#SnapStartRegenerationFailureException";
    name = "SnapStartRegenerationFailureException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "SnapStartRegenerationFailureException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapStartRegenerationFailureException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class SnapStartTimeoutException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#SnapStartTimeoutException";
    name = "SnapStartTimeoutException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "SnapStartTimeoutException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, SnapStartTimeoutException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class SubnetIPAddressLimitReachedException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#SubnetIPAddressLimitReachedException";
    name = "SubnetIPAddressLimitReachedException";
    $fault = "server";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "SubnetIPAddressLimitReachedException",
            $fault: "server",
            ...opts,
        });
        Object.setPrototypeOf(this, SubnetIPAddressLimitReachedException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}
class UnsupportedMediaTypeException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#UnsupportedMediaTypeException";
    name = "UnsupportedMediaTypeException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "UnsupportedMediaTypeException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, UnsupportedMediaTypeException.prototype);
        this.Type = opts.Type;
    }
}
class ProvisionedConcurrencyConfigNotFoundException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#ProvisionedConcurrencyConfigNotFoundException";
    name = "ProvisionedConcurrencyConfigNotFoundException";
    $fault = "client";
    Type;
    constructor(opts) {
        super({
            name: "ProvisionedConcurrencyConfigNotFoundException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, ProvisionedConcurrencyConfigNotFoundException.prototype);
        this.Type = opts.Type;
    }
}
class CallbackTimeoutException extends LambdaServiceException {
    static shapeId = "com.amazonaws.lambda#CallbackTimeoutException";
    name = "CallbackTimeoutException";
    $fault = "client";
    Type;
    Message;
    constructor(opts) {
        super({
            name: "CallbackTimeoutException",
            $fault: "client",
            ...opts,
        });
        Object.setPrototypeOf(this, CallbackTimeoutException.prototype);
        this.Type = opts.Type;
        this.Message = opts.Message;
    }
}

const _A = "Action";
const _AA = "AliasArn";
const _AC = "AliasConfiguration";
const _ACc = "AccessConfigs";
const _ACl = "AllowCredentials";
const _AFSC = "AppliedFunctionScalingConfig";
const _AH = "AllowHeaders";
const _AIT = "AllowedInstanceTypes";
const _AL = "AccountLimit";
const _ALEE = "AliasLimitExceededException";
const _ALL = "ApplicationLogLevel";
const _ALVP = "AddLayerVersionPermission";
const _ALVPR = "AddLayerVersionPermissionRequest";
const _ALVPRd = "AddLayerVersionPermissionResponse";
const _ALl = "AliasList";
const _AM = "AllowMethods";
const _AMKESC = "AmazonManagedKafkaEventSourceConfig";
const _AO = "AllowOrigins";
const _AOp = "ApplyOn";
const _AP = "AllowedPublishers";
const _APCE = "AvailableProvisionedConcurrentExecutions";
const _APCEl = "AllocatedProvisionedConcurrentExecutions";
const _APR = "AddPermissionRequest";
const _APRd = "AddPermissionResponse";
const _APd = "AddPermission";
const _ARC = "AliasRoutingConfiguration";
const _AT = "AuthType";
const _AU = "AccountUsage";
const _AVW = "AdditionalVersionWeights";
const _Al = "Aliases";
const _Ar = "Architectures";
const _Arn = "Arn";
const _At = "Attribute";
const _Att = "Attempt";
const _B = "Blob";
const _BBOFE = "BisectBatchOnFunctionError";
const _BOP = "BinaryOperationPayload";
const _BS = "BlobStream";
const _BSa = "BatchSize";
const _C = "Concurrency";
const _CA = "CompatibleArchitectures";
const _CAR = "CreateAliasRequest";
const _CAUDE = "CodeArtifactUserDeletedException";
const _CAUFE = "CodeArtifactUserFailedException";
const _CAUPE = "CodeArtifactUserPendingException";
const _CAo = "CompatibleArchitecture";
const _CAr = "CreateAlias";
const _CAu = "CurrentAttempt";
const _CC = "ClientContext";
const _CCP = "CreateCapacityProvider";
const _CCPR = "CreateCapacityProviderRequest";
const _CCPRr = "CreateCapacityProviderResponse";
const _CCSC = "CreateCodeSigningConfig";
const _CCSCR = "CreateCodeSigningConfigRequest";
const _CCSCRr = "CreateCodeSigningConfigResponse";
const _CD = "CallbackDetails";
const _CDE = "CheckpointDurableExecution";
const _CDER = "CheckpointDurableExecutionRequest";
const _CDERh = "CheckpointDurableExecutionResponse";
const _CDo = "ContextDetails";
const _CDr = "CreatedDate";
const _CE = "ConcurrentExecutions";
const _CESM = "CreateEventSourceMapping";
const _CESMR = "CreateEventSourceMappingRequest";
const _CF = "CreateFunction";
const _CFD = "CallbackFailedDetails";
const _CFDo = "ContextFailedDetails";
const _CFR = "CreateFunctionRequest";
const _CFUC = "CreateFunctionUrlConfig";
const _CFUCR = "CreateFunctionUrlConfigRequest";
const _CFUCRr = "CreateFunctionUrlConfigResponse";
const _CGI = "ConsumerGroupId";
const _CI = "CallbackId";
const _CID = "ChainedInvokeDetails";
const _CIFD = "ChainedInvokeFailedDetails";
const _CIO = "ChainedInvokeOptions";
const _CISD = "ChainedInvokeStartedDetails";
const _CISDh = "ChainedInvokeStoppedDetails";
const _CISDha = "ChainedInvokeSucceededDetails";
const _CITOD = "ChainedInvokeTimedOutDetails";
const _CM = "ConsumptionMode";
const _CN = "CollectionName";
const _CO = "CallbackOptions";
const _COo = "ContextOptions";
const _CP = "CapacityProvider";
const _CPA = "CapacityProviderArn";
const _CPC = "CapacityProviderConfig";
const _CPL = "CapacityProvidersList";
const _CPLC = "CapacityProviderLoggingConfig";
const _CPLEE = "CapacityProviderLimitExceededException";
const _CPN = "CapacityProviderName";
const _CPORA = "CapacityProviderOperatorRoleArn";
const _CPPC = "CapacityProviderPermissionsConfig";
const _CPSC = "CapacityProviderScalingConfig";
const _CPSPL = "CapacityProviderScalingPoliciesList";
const _CPTC = "CapacityProviderTelemetryConfig";
const _CPVC = "CapacityProviderVpcConfig";
const _CPa = "CapacityProviders";
const _CR = "CompatibleRuntimes";
const _CRo = "CompatibleRuntime";
const _CS = "CodeSize";
const _CSC = "CodeSigningConfig";
const _CSCA = "CodeSigningConfigArn";
const _CSCI = "CodeSigningConfigId";
const _CSCL = "CodeSigningConfigList";
const _CSCNFE = "CodeSigningConfigNotFoundException";
const _CSCo = "CodeSigningConfigs";
const _CSD = "CallbackStartedDetails";
const _CSDa = "CallbackSucceededDetails";
const _CSDo = "ContextStartedDetails";
const _CSDon = "ContextSucceededDetails";
const _CSEE = "CodeStorageExceededException";
const _CSP = "CodeSigningPolicies";
const _CSU = "CodeSizeUnzipped";
const _CSZ = "CodeSizeZipped";
const _CSo = "CodeSha256";
const _CSon = "ConfigSha256";
const _CT = "CheckpointToken";
const _CTE = "CallbackTimeoutException";
const _CTOD = "CallbackTimedOutDetails";
const _CT_ = "Content-Type";
const _CTl = "ClientToken";
const _CTr = "CreationTime";
const _CUES = "CheckpointUpdatedExecutionState";
const _CVFE = "CodeVerificationFailedException";
const _Co = "Cors";
const _Cod = "Code";
const _Com = "Command";
const _Con = "Configuration";
const _Cont = "Content";
const _D = "Description";
const _DA = "DeleteAlias";
const _DAR = "DeleteAliasRequest";
const _DC = "DestinationConfig";
const _DCP = "DeleteCapacityProvider";
const _DCPR = "DeleteCapacityProviderRequest";
const _DCPRe = "DeleteCapacityProviderResponse";
const _DCSC = "DeleteCodeSigningConfig";
const _DCSCR = "DeleteCodeSigningConfigRequest";
const _DCSCRe = "DeleteCodeSigningConfigResponse";
const _DCu = "DurableConfig";
const _DDBESC = "DocumentDBEventSourceConfig";
const _DE = "DurableExecutions";
const _DEA = "DurableExecutionArn";
const _DEASE = "DurableExecutionAlreadyStartedException";
const _DEN = "DurableExecutionName";
const _DESM = "DeleteEventSourceMapping";
const _DESMR = "DeleteEventSourceMappingRequest";
const _DF = "DeleteFunction";
const _DFC = "DeleteFunctionConcurrency";
const _DFCR = "DeleteFunctionConcurrencyRequest";
const _DFCSC = "DeleteFunctionCodeSigningConfig";
const _DFCSCR = "DeleteFunctionCodeSigningConfigRequest";
const _DFEIC = "DeleteFunctionEventInvokeConfig";
const _DFEICR = "DeleteFunctionEventInvokeConfigRequest";
const _DFR = "DeleteFunctionRequest";
const _DFRe = "DeleteFunctionResponse";
const _DFUC = "DeleteFunctionUrlConfig";
const _DFUCR = "DeleteFunctionUrlConfigRequest";
const _DLC = "DeadLetterConfig";
const _DLV = "DeleteLayerVersion";
const _DLVR = "DeleteLayerVersionRequest";
const _DN = "DatabaseName";
const _DPCC = "DeleteProvisionedConcurrencyConfig";
const _DPCCR = "DeleteProvisionedConcurrencyConfigRequest";
const _DR = "DryRun";
const _DRP = "DeleteResourcePolicy";
const _DRPR = "DeleteResourcePolicyRequest";
const _DSR = "DirectS3Read";
const _De = "Destination";
const _Du = "Duration";
const _E = "Error";
const _EC = "ErrorCode";
const _ECADE = "EC2AccessDeniedException";
const _ECEC = "EC2ErrorCode";
const _ECTE = "EC2ThrottledException";
const _ECUE = "EC2UnexpectedException";
const _ED = "ErrorData";
const _EDI = "ExecutionDataIncluded";
const _EDr = "ErrorDetails";
const _EDx = "ExecutionDetails";
const _EE = "EnvironmentError";
const _EEMGBPVC = "ExecutionEnvironmentMemoryGiBPerVCpu";
const _EEv = "EventError";
const _EFD = "ExecutionFailedDetails";
const _EFSIOE = "EFSIOException";
const _EFSMCE = "EFSMountConnectivityException";
const _EFSMFE = "EFSMountFailureException";
const _EFSMTE = "EFSMountTimeoutException";
const _EH = "ExposeHeaders";
const _EI = "EventId";
const _EIT = "ExcludedInstanceTypes";
const _EIv = "EventInput";
const _EM = "ErrorMessage";
const _ENILRE = "ENILimitReachedException";
const _ENINRE = "ENINotReadyException";
const _EO = "ErrorObject";
const _EP = "EntryPoint";
const _ER = "EnvironmentResponse";
const _ERF = "EventRecordFormat";
const _ERv = "EventResult";
const _ES = "EphemeralStorage";
const _ESA = "EventSourceArn";
const _ESD = "ExecutionStartedDetails";
const _ESDx = "ExecutionSucceededDetails";
const _ESDxe = "ExecutionStoppedDetails";
const _ESM = "EventSourceMappings";
const _ESMA = "EventSourceMappingArn";
const _ESMC = "EventSourceMappingConfiguration";
const _ESML = "EventSourceMappingsList";
const _ESMLC = "EventSourceMappingLoggingConfig";
const _ESMMC = "EventSourceMappingMetricsConfig";
const _EST = "EventSourceToken";
const _ESv = "EventStream";
const _ET = "ErrorType";
const _ETOD = "ExecutionTimedOutDetails";
const _ETn = "EndTimestamp";
const _ETv = "EventType";
const _ETve = "EventTimestamp";
const _ETx = "ExecutionTimeout";
const _ETxp = "ExplicitTags";
const _EV = "ExecutedVersion";
const _EVN = "EnvironmentVariableName";
const _EVV = "EnvironmentVariableValue";
const _EVn = "EnvironmentVariables";
const _En = "Enabled";
const _End = "Endpoints";
const _Env = "Environment";
const _Ev = "Event";
const _Eve = "Events";
const _Ex = "Execution";
const _F = "Filter";
const _FA = "FunctionArn";
const _FAu = "FunctionArns";
const _FC = "FunctionCount";
const _FCE = "FilterCriteriaError";
const _FCL = "FunctionCodeLocation";
const _FCLE = "FunctionCodeLocationError";
const _FCi = "FilterCriteria";
const _FCu = "FunctionCode";
const _FCun = "FunctionConfiguration";
const _FD = "FullDocument";
const _FE = "FunctionError";
const _FEIC = "FunctionEventInvokeConfig";
const _FEICL = "FunctionEventInvokeConfigList";
const _FEICu = "FunctionEventInvokeConfigs";
const _FL = "FilterList";
const _FLu = "FunctionList";
const _FN = "FunctionName";
const _FRT = "FunctionResponseTypes";
const _FS = "FunctionState";
const _FSC = "FileSystemConfigs";
const _FSCL = "FileSystemConfigList";
const _FSCi = "FileSystemConfig";
const _FSCu = "FunctionScalingConfig";
const _FU = "FunctionUrl";
const _FUAT = "FunctionUrlAuthType";
const _FUC = "FunctionUrlConfig";
const _FUCL = "FunctionUrlConfigList";
const _FUCu = "FunctionUrlConfigs";
const _FV = "FunctionVersion";
const _FVBCPL = "FunctionVersionsByCapacityProviderList";
const _FVBCPLI = "FunctionVersionsByCapacityProviderListItem";
const _FVPCPLEE = "FunctionVersionsPerCapacityProviderLimitExceededException";
const _FVu = "FunctionVersions";
const _Fi = "Filters";
const _Fu = "Functions";
const _GA = "GetAlias";
const _GAR = "GetAliasRequest";
const _GAS = "GetAccountSettings";
const _GASR = "GetAccountSettingsRequest";
const _GASRe = "GetAccountSettingsResponse";
const _GCP = "GetCapacityProvider";
const _GCPR = "GetCapacityProviderRequest";
const _GCPRe = "GetCapacityProviderResponse";
const _GCSC = "GetCodeSigningConfig";
const _GCSCR = "GetCodeSigningConfigRequest";
const _GCSCRe = "GetCodeSigningConfigResponse";
const _GDE = "GetDurableExecution";
const _GDEH = "GetDurableExecutionHistory";
const _GDEHR = "GetDurableExecutionHistoryRequest";
const _GDEHRe = "GetDurableExecutionHistoryResponse";
const _GDER = "GetDurableExecutionRequest";
const _GDERe = "GetDurableExecutionResponse";
const _GDES = "GetDurableExecutionState";
const _GDESR = "GetDurableExecutionStateRequest";
const _GDESRe = "GetDurableExecutionStateResponse";
const _GESM = "GetEventSourceMapping";
const _GESMR = "GetEventSourceMappingRequest";
const _GF = "GetFunction";
const _GFC = "GetFunctionConcurrency";
const _GFCR = "GetFunctionConcurrencyRequest";
const _GFCRe = "GetFunctionConcurrencyResponse";
const _GFCRet = "GetFunctionConfigurationRequest";
const _GFCSC = "GetFunctionCodeSigningConfig";
const _GFCSCR = "GetFunctionCodeSigningConfigRequest";
const _GFCSCRe = "GetFunctionCodeSigningConfigResponse";
const _GFCe = "GetFunctionConfiguration";
const _GFEIC = "GetFunctionEventInvokeConfig";
const _GFEICR = "GetFunctionEventInvokeConfigRequest";
const _GFR = "GetFunctionRequest";
const _GFRC = "GetFunctionRecursionConfig";
const _GFRCR = "GetFunctionRecursionConfigRequest";
const _GFRCRe = "GetFunctionRecursionConfigResponse";
const _GFRe = "GetFunctionResponse";
const _GFSC = "GetFunctionScalingConfig";
const _GFSCR = "GetFunctionScalingConfigRequest";
const _GFSCRe = "GetFunctionScalingConfigResponse";
const _GFUC = "GetFunctionUrlConfig";
const _GFUCR = "GetFunctionUrlConfigRequest";
const _GFUCRe = "GetFunctionUrlConfigResponse";
const _GLV = "GetLayerVersion";
const _GLVBA = "GetLayerVersionByArn";
const _GLVBAR = "GetLayerVersionByArnRequest";
const _GLVP = "GetLayerVersionPolicy";
const _GLVPR = "GetLayerVersionPolicyRequest";
const _GLVPRe = "GetLayerVersionPolicyResponse";
const _GLVR = "GetLayerVersionRequest";
const _GLVRe = "GetLayerVersionResponse";
const _GP = "GetPolicy";
const _GPCC = "GetProvisionedConcurrencyConfig";
const _GPCCR = "GetProvisionedConcurrencyConfigRequest";
const _GPCCRe = "GetProvisionedConcurrencyConfigResponse";
const _GPR = "GetPolicyRequest";
const _GPRe = "GetPolicyResponse";
const _GRMC = "GetRuntimeManagementConfig";
const _GRMCR = "GetRuntimeManagementConfigRequest";
const _GRMCRe = "GetRuntimeManagementConfigResponse";
const _GRP = "GetResourcePolicy";
const _GRPR = "GetResourcePolicyRequest";
const _GRPRe = "GetResourcePolicyResponse";
const _H = "Handler";
const _HT = "HeartbeatTimeout";
const _HTS = "HeartbeatTimeoutSeconds";
const _I = "Input";
const _IA = "InvokeArgs";
const _IAFDS = "Ipv6AllowedForDualStack";
const _IAR = "InvokeAsyncRequest";
const _IARn = "InvokeAsyncResponse";
const _IAn = "InvokeAsync";
const _IC = "ImageConfig";
const _ICD = "InvocationCompletedDetails";
const _ICE = "ImageConfigError";
const _ICR = "ImageConfigResponse";
const _ICSE = "InvalidCodeSignatureException";
const _ICn = "InvokeComplete";
const _IED = "IncludeExecutionData";
const _IM = "InvokeMode";
const _IP = "InputPayload";
const _IPVE = "InvalidParameterValueException";
const _IR = "InstanceRequirements";
const _IRCE = "InvalidRequestContentException";
const _IRE = "InvalidRuntimeException";
const _IRSU = "InvokeResponseStreamUpdate";
const _IRn = "InvocationRequest";
const _IRnv = "InvocationResponse";
const _ISGIDE = "InvalidSecurityGroupIDException";
const _ISIDE = "InvalidSubnetIDException";
const _IT = "InvocationType";
const _IU = "ImageUri";
const _IVFU = "InvokedViaFunctionUrl";
const _IWRS = "InvokeWithResponseStream";
const _IWRSCE = "InvokeWithResponseStreamCompleteEvent";
const _IWRSR = "InvokeWithResponseStreamRequest";
const _IWRSRE = "InvokeWithResponseStreamResponseEvent";
const _IWRSRn = "InvokeWithResponseStreamResponse";
const _IZFE = "InvalidZipFileException";
const _Id = "Id";
const _In = "Invoke";
const _K = "Key";
const _KKA = "KmsKeyArn";
const _KMSADE = "KMSAccessDeniedException";
const _KMSDE = "KMSDisabledException";
const _KMSISE = "KMSInvalidStateException";
const _KMSKA = "KMSKeyArn";
const _KMSNFE = "KMSNotFoundException";
const _KSRAC = "KafkaSchemaRegistryAccessConfig";
const _KSRACL = "KafkaSchemaRegistryAccessConfigList";
const _KSRC = "KafkaSchemaRegistryConfig";
const _KSVC = "KafkaSchemaValidationConfig";
const _KSVCL = "KafkaSchemaValidationConfigList";
const _L = "Layers";
const _LA = "LayerArn";
const _LAR = "ListAliasesRequest";
const _LARi = "ListAliasesResponse";
const _LAi = "ListAliases";
const _LC = "LoggingConfig";
const _LCP = "ListCapacityProviders";
const _LCPR = "ListCapacityProvidersRequest";
const _LCPRi = "ListCapacityProvidersResponse";
const _LCSC = "ListCodeSigningConfigs";
const _LCSCR = "ListCodeSigningConfigsRequest";
const _LCSCRi = "ListCodeSigningConfigsResponse";
const _LDEBF = "ListDurableExecutionsByFunction";
const _LDEBFR = "ListDurableExecutionsByFunctionRequest";
const _LDEBFRi = "ListDurableExecutionsByFunctionResponse";
const _LESM = "ListEventSourceMappings";
const _LESMR = "ListEventSourceMappingsRequest";
const _LESMRi = "ListEventSourceMappingsResponse";
const _LF = "LogFormat";
const _LFBCSC = "ListFunctionsByCodeSigningConfig";
const _LFBCSCR = "ListFunctionsByCodeSigningConfigRequest";
const _LFBCSCRi = "ListFunctionsByCodeSigningConfigResponse";
const _LFEIC = "ListFunctionEventInvokeConfigs";
const _LFEICR = "ListFunctionEventInvokeConfigsRequest";
const _LFEICRi = "ListFunctionEventInvokeConfigsResponse";
const _LFR = "ListFunctionsRequest";
const _LFRi = "ListFunctionsResponse";
const _LFUC = "ListFunctionUrlConfigs";
const _LFUCR = "ListFunctionUrlConfigsRequest";
const _LFUCRi = "ListFunctionUrlConfigsResponse";
const _LFVBCP = "ListFunctionVersionsByCapacityProvider";
const _LFVBCPR = "ListFunctionVersionsByCapacityProviderRequest";
const _LFVBCPRi = "ListFunctionVersionsByCapacityProviderResponse";
const _LFi = "ListFunctions";
const _LG = "LogGroup";
const _LI = "LicenseInfo";
const _LL = "LayersList";
const _LLI = "LayersListItem";
const _LLR = "ListLayersRequest";
const _LLRi = "ListLayersResponse";
const _LLV = "ListLayerVersions";
const _LLVR = "ListLayerVersionsRequest";
const _LLVRi = "ListLayerVersionsResponse";
const _LLi = "ListLayers";
const _LM = "LastModified";
const _LMICPC = "LambdaManagedInstancesCapacityProviderConfig";
const _LMP = "LocalMountPath";
const _LMT = "LastModifiedTime";
const _LMV = "LatestMatchingVersion";
const _LN = "LayerName";
const _LPCC = "ListProvisionedConcurrencyConfigs";
const _LPCCR = "ListProvisionedConcurrencyConfigsRequest";
const _LPCCRi = "ListProvisionedConcurrencyConfigsResponse";
const _LPR = "LastProcessingResult";
const _LR = "LogResult";
const _LRL = "LayersReferenceList";
const _LT = "LogType";
const _LTR = "ListTagsRequest";
const _LTRi = "ListTagsResponse";
const _LTi = "ListTags";
const _LUS = "LastUpdateStatus";
const _LUSR = "LastUpdateStatusReason";
const _LUSRC = "LastUpdateStatusReasonCode";
const _LV = "LayerVersions";
const _LVA = "LayerVersionArn";
const _LVBF = "ListVersionsByFunction";
const _LVBFR = "ListVersionsByFunctionRequest";
const _LVBFRi = "ListVersionsByFunctionResponse";
const _LVCI = "LayerVersionContentInput";
const _LVCO = "LayerVersionContentOutput";
const _LVL = "LayerVersionsList";
const _LVLI = "LayerVersionsListItem";
const _La = "Layer";
const _Lo = "Location";
const _M = "Message";
const _MA = "MaxAge";
const _MAa = "MasterArn";
const _MBWIS = "MaximumBatchingWindowInSeconds";
const _MC = "MetricsConfig";
const _MCa = "MaximumConcurrency";
const _MEAIS = "MaximumEventAgeInSeconds";
const _MEE = "MinExecutionEnvironments";
const _MEEa = "MaxExecutionEnvironments";
const _MI = "MaxItems";
const _MNSE = "ModeNotSupportedException";
const _MP = "MinimumPollers";
const _MPa = "MaximumPollers";
const _MR = "MasterRegion";
const _MRA = "MaximumRetryAttempts";
const _MRAIS = "MaximumRecordAgeInSeconds";
const _MS = "MemorySize";
const _MVCC = "MaxVCpuCount";
const _Ma = "Marker";
const _Me = "Metrics";
const _Mo = "Mode";
const _N = "Name";
const _NADS = "NextAttemptDelaySeconds";
const _NAT = "NextAttemptTimestamp";
const _NES = "NewExecutionState";
const _NM = "NextMarker";
const _NPVE = "NoPublishedVersionException";
const _O = "Operations";
const _OF = "OnFailure";
const _OI = "OrganizationId";
const _OP = "OperationPayload";
const _OPu = "OutputPayload";
const _OS = "OnSuccess";
const _OSp = "OptimizationStatus";
const _OU = "OperationUpdate";
const _OUp = "OperationUpdates";
const _Op = "Operation";
const _P = "Principal";
const _PC = "PermissionsConfig";
const _PCC = "ProvisionedConcurrencyConfigs";
const _PCCL = "ProvisionedConcurrencyConfigList";
const _PCCLI = "ProvisionedConcurrencyConfigListItem";
const _PCCNFE = "ProvisionedConcurrencyConfigNotFoundException";
const _PCE = "ProvisionedConcurrentExecutions";
const _PCa = "PayloadChunk";
const _PEEMC = "PerExecutionEnvironmentMaxConcurrency";
const _PF = "ParallelizationFactor";
const _PFC = "PutFunctionConcurrency";
const _PFCR = "PutFunctionConcurrencyRequest";
const _PFCSC = "PutFunctionCodeSigningConfig";
const _PFCSCR = "PutFunctionCodeSigningConfigRequest";
const _PFCSCRu = "PutFunctionCodeSigningConfigResponse";
const _PFE = "PreconditionFailedException";
const _PFEIC = "PutFunctionEventInvokeConfig";
const _PFEICR = "PutFunctionEventInvokeConfigRequest";
const _PFRC = "PutFunctionRecursionConfig";
const _PFRCR = "PutFunctionRecursionConfigRequest";
const _PFRCRu = "PutFunctionRecursionConfigResponse";
const _PFSC = "PutFunctionScalingConfig";
const _PFSCR = "PutFunctionScalingConfigRequest";
const _PFSCRu = "PutFunctionScalingConfigResponse";
const _PGN = "PollerGroupName";
const _PI = "ParentId";
const _PLEE = "PolicyLengthExceededException";
const _PLV = "PublishLayerVersion";
const _PLVR = "PublishLayerVersionRequest";
const _PLVRu = "PublishLayerVersionResponse";
const _PMT = "PredefinedMetricType";
const _POID = "PrincipalOrgID";
const _PPC = "ProvisionedPollerConfig";
const _PPCC = "PutProvisionedConcurrencyConfig";
const _PPCCR = "PutProvisionedConcurrencyConfigRequest";
const _PPCCRu = "PutProvisionedConcurrencyConfigResponse";
const _PPE = "PublicPolicyException";
const _PRMC = "PutRuntimeManagementConfig";
const _PRMCR = "PutRuntimeManagementConfigRequest";
const _PRMCRu = "PutRuntimeManagementConfigResponse";
const _PRP = "PutResourcePolicy";
const _PRPR = "PutResourcePolicyRequest";
const _PRPRu = "PutResourcePolicyResponse";
const _PT = "PropagateTags";
const _PTa = "PackageType";
const _PTu = "PublishTo";
const _PV = "PublishVersion";
const _PVR = "PublishVersionRequest";
const _Pa = "Payload";
const _Pat = "Pattern";
const _Po = "Policy";
const _Pu = "Publish";
const _Q = "Qualifier";
const _Qu = "Queues";
const _R = "Reason";
const _RA = "Retry-After";
const _RAe = "ResourceArn";
const _RC = "RoutingConfig";
const _RCE = "ResourceConflictException";
const _RCEe = "ReservedConcurrentExecutions";
const _RCe = "ReplayChildren";
const _RD = "RetryDetails";
const _RFSC = "RequestedFunctionScalingConfig";
const _RI = "RevisionId";
const _RIE = "RecursiveInvocationException";
const _RIU = "ResolvedImageUri";
const _RIUE = "ResourceInUseException";
const _RIe = "RequestId";
const _RL = "RecursiveLoop";
const _RLVP = "RemoveLayerVersionPermission";
const _RLVPR = "RemoveLayerVersionPermissionRequest";
const _RNFE = "ResourceNotFoundException";
const _RNRE = "ResourceNotReadyException";
const _RO = "ReverseOrder";
const _RP = "RemovePermission";
const _RPCE = "RequestedProvisionedConcurrentExecutions";
const _RPID = "RetentionPeriodInDays";
const _RPR = "RemovePermissionRequest";
const _RSCT = "ResponseStreamContentType";
const _RSO = "ResolvedS3Object";
const _RT = "RepositoryType";
const _RTLE = "RequestTooLargeException";
const _RVA = "RuntimeVersionArn";
const _RVC = "RuntimeVersionConfig";
const _RVE = "RuntimeVersionError";
const _Re = "Result";
const _Res = "Resource";
const _Ro = "Role";
const _Ru = "Runtime";
const _S = "Statement";
const _SA = "SourceArn";
const _SAC = "SourceAccessConfigurations";
const _SACo = "SourceAccessConfiguration";
const _SAo = "SourceAccount";
const _SAt = "StartedAfter";
const _SB = "S3Bucket";
const _SBt = "StartedBefore";
const _SC = "ScalingConfig";
const _SCt = "StatusCode";
const _SD = "StepDetails";
const _SDE = "StopDurableExecution";
const _SDECF = "SendDurableExecutionCallbackFailure";
const _SDECFR = "SendDurableExecutionCallbackFailureRequest";
const _SDECFRe = "SendDurableExecutionCallbackFailureResponse";
const _SDECH = "SendDurableExecutionCallbackHeartbeat";
const _SDECHR = "SendDurableExecutionCallbackHeartbeatRequest";
const _SDECHRe = "SendDurableExecutionCallbackHeartbeatResponse";
const _SDECS = "SendDurableExecutionCallbackSuccess";
const _SDECSR = "SendDurableExecutionCallbackSuccessRequest";
const _SDECSRe = "SendDurableExecutionCallbackSuccessResponse";
const _SDER = "StopDurableExecutionRequest";
const _SDERt = "StopDurableExecutionResponse";
const _SE = "ServiceException";
const _SET = "ScheduledEndTimestamp";
const _SFC = "S3FilesConfig";
const _SFD = "StepFailedDetails";
const _SFMCE = "S3FilesMountConnectivityException";
const _SFMFE = "S3FilesMountFailureException";
const _SFMTE = "S3FilesMountTimeoutException";
const _SGI = "SecurityGroupIds";
const _SI = "StatementId";
const _SIPALRE = "SubnetIPAddressLimitReachedException";
const _SIu = "SubnetIds";
const _SJA = "SigningJobArn";
const _SK = "S3Key";
const _SKMSKA = "SourceKMSKeyArn";
const _SLL = "SystemLogLevel";
const _SM = "ScalingMode";
const _SMES = "SelfManagedEventSource";
const _SMKESC = "SelfManagedKafkaEventSourceConfig";
const _SO = "StepOptions";
const _SOSM = "S3ObjectStorageMode";
const _SOV = "S3ObjectVersion";
const _SP = "ScalingPolicies";
const _SPT = "StartingPositionTimestamp";
const _SPVA = "SigningProfileVersionArns";
const _SPVAi = "SigningProfileVersionArn";
const _SPt = "StartingPosition";
const _SQEE = "ServiceQuotaExceededException";
const _SR = "StateReason";
const _SRC = "SchemaRegistryConfig";
const _SRCt = "StateReasonCode";
const _SRETLE = "SerializedRequestEntityTooLargeException";
const _SRURI = "SchemaRegistryURI";
const _SRt = "StatusReason";
const _SS = "SensitiveString";
const _SSD = "StepStartedDetails";
const _SSDt = "StepSucceededDetails";
const _SSE = "SnapStartException";
const _SSNRE = "SnapStartNotReadyException";
const _SSR = "SnapStartResponse";
const _SSRFE = "SnapStartRegenerationFailureException";
const _SSTE = "SnapStartTimeoutException";
const _SSn = "SnapStart";
const _ST = "StackTrace";
const _STE = "StackTraceEntry";
const _STEt = "StackTraceEntries";
const _STR = "StateTransitionReason";
const _STt = "StartTimestamp";
const _STto = "StopTimestamp";
const _STu = "SubType";
const _SVC = "SchemaValidationConfigs";
const _Si = "Size";
const _St = "State";
const _Sta = "Status";
const _Stat = "Statuses";
const _T = "Type";
const _TA = "TargetArn";
const _TC = "TelemetryConfig";
const _TCR = "TracingConfigResponse";
const _TCS = "TotalCodeSize";
const _TCe = "TenancyConfig";
const _TCr = "TracingConfig";
const _TE = "TagsError";
const _TH = "TraceHeader";
const _TI = "TenantId";
const _TIM = "TenantIsolationMode";
const _TK = "TagKeys";
const _TKL = "TagKeyList";
const _TMRE = "TooManyRequestsException";
const _TR = "TagResource";
const _TRR = "TagResourceRequest";
const _TS = "TimeoutSeconds";
const _TTSP = "TargetTrackingScalingPolicy";
const _TV = "TargetValue";
const _TWIS = "TumblingWindowInSeconds";
const _Ta = "Tags";
const _Ti = "Timeout";
const _To = "Topics";
const _Tr = "Truncated";
const _U = "Updates";
const _UA = "UpdateAlias";
const _UAOD = "UntrustedArtifactOnDeployment";
const _UAR = "UpdateAliasRequest";
const _UCE = "UnreservedConcurrentExecutions";
const _UCP = "UpdateCapacityProvider";
const _UCPR = "UpdateCapacityProviderRequest";
const _UCPRp = "UpdateCapacityProviderResponse";
const _UCSC = "UpdateCodeSigningConfig";
const _UCSCR = "UpdateCodeSigningConfigRequest";
const _UCSCRp = "UpdateCodeSigningConfigResponse";
const _UESM = "UpdateEventSourceMapping";
const _UESMR = "UpdateEventSourceMappingRequest";
const _UFC = "UpdateFunctionCode";
const _UFCR = "UpdateFunctionCodeRequest";
const _UFCRp = "UpdateFunctionConfigurationRequest";
const _UFCp = "UpdateFunctionConfiguration";
const _UFEIC = "UpdateFunctionEventInvokeConfig";
const _UFEICR = "UpdateFunctionEventInvokeConfigRequest";
const _UFUC = "UpdateFunctionUrlConfig";
const _UFUCR = "UpdateFunctionUrlConfigRequest";
const _UFUCRp = "UpdateFunctionUrlConfigResponse";
const _UMTE = "UnsupportedMediaTypeException";
const _UR = "UntagResource";
const _URI = "URI";
const _URO = "UpdateRuntimeOn";
const _URR = "UntagResourceRequest";
const _UUID = "UUID";
const _V = "Variables";
const _VC = "VpcConfig";
const _VCR = "VpcConfigResponse";
const _VI = "VpcId";
const _VN = "VersionNumber";
const _Ve = "Version";
const _Ver = "Versions";
const _WCD = "WaitCancelledDetails";
const _WD = "WorkingDirectory";
const _WDa = "WaitDetails";
const _WO = "WaitOptions";
const _WS = "WaitSeconds";
const _WSD = "WaitStartedDetails";
const _WSDa = "WaitSucceededDetails";
const _XACC = "X-Amz-Client-Context";
const _XADEA = "X-Amz-Durable-Execution-Arn";
const _XADEN = "X-Amz-Durable-Execution-Name";
const _XAEV = "X-Amz-Executed-Version";
const _XAFE = "X-Amz-Function-Error";
const _XAIT = "X-Amz-Invocation-Type";
const _XALR = "X-Amz-Log-Result";
const _XALT = "X-Amz-Log-Type";
const _XATI = "XAmznTraceId";
const _XATI_ = "X-Amz-Tenant-Id";
const _ZF = "ZipFile";
const _c = "client";
const _e = "error";
const _eP = "eventPayload";
const _h = "http";
const _hE = "httpError";
const _hH = "httpHeader";
const _hQ = "httpQuery";
const _m = "message";
const _rAS = "retryAfterSeconds";
const _s = "smithy.ts.sdk.synthetic.com.amazonaws.lambda";
const _se = "server";
const _st = "streaming";
const _tK = "tagKeys";
const _xN = "xmlName";
const n0 = "com.amazonaws.lambda";
const _s_registry = new TypeRegistry(_s);
var LambdaServiceException$ = [-3, _s, "LambdaServiceException", 0, [], []];
_s_registry.registerError(LambdaServiceException$, LambdaServiceException);
const n0_registry = new TypeRegistry(n0);
var AliasLimitExceededException$ = [-3, n0, _ALEE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(AliasLimitExceededException$, AliasLimitExceededException);
var CallbackTimeoutException$ = [-3, n0, _CTE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(CallbackTimeoutException$, CallbackTimeoutException);
var CapacityProviderLimitExceededException$ = [-3, n0, _CPLEE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(CapacityProviderLimitExceededException$, CapacityProviderLimitExceededException);
var CodeArtifactUserDeletedException$ = [-3, n0, _CAUDE,
    { [_e]: _c, [_hE]: 409 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(CodeArtifactUserDeletedException$, CodeArtifactUserDeletedException);
var CodeArtifactUserFailedException$ = [-3, n0, _CAUFE,
    { [_e]: _c, [_hE]: 409 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(CodeArtifactUserFailedException$, CodeArtifactUserFailedException);
var CodeArtifactUserPendingException$ = [-3, n0, _CAUPE,
    { [_e]: _c, [_hE]: 409 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(CodeArtifactUserPendingException$, CodeArtifactUserPendingException);
var CodeSigningConfigNotFoundException$ = [-3, n0, _CSCNFE,
    { [_e]: _c, [_hE]: 404 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(CodeSigningConfigNotFoundException$, CodeSigningConfigNotFoundException);
var CodeStorageExceededException$ = [-3, n0, _CSEE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(CodeStorageExceededException$, CodeStorageExceededException);
var CodeVerificationFailedException$ = [-3, n0, _CVFE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(CodeVerificationFailedException$, CodeVerificationFailedException);
var DurableExecutionAlreadyStartedException$ = [-3, n0, _DEASE,
    { [_e]: _c, [_hE]: 409 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(DurableExecutionAlreadyStartedException$, DurableExecutionAlreadyStartedException);
var EC2AccessDeniedException$ = [-3, n0, _ECADE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(EC2AccessDeniedException$, EC2AccessDeniedException);
var EC2ThrottledException$ = [-3, n0, _ECTE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(EC2ThrottledException$, EC2ThrottledException);
var EC2UnexpectedException$ = [-3, n0, _ECUE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M, _ECEC],
    [0, 0, 0]
];
n0_registry.registerError(EC2UnexpectedException$, EC2UnexpectedException);
var EFSIOException$ = [-3, n0, _EFSIOE,
    { [_e]: _c, [_hE]: 410 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(EFSIOException$, EFSIOException);
var EFSMountConnectivityException$ = [-3, n0, _EFSMCE,
    { [_e]: _c, [_hE]: 408 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(EFSMountConnectivityException$, EFSMountConnectivityException);
var EFSMountFailureException$ = [-3, n0, _EFSMFE,
    { [_e]: _c, [_hE]: 403 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(EFSMountFailureException$, EFSMountFailureException);
var EFSMountTimeoutException$ = [-3, n0, _EFSMTE,
    { [_e]: _c, [_hE]: 408 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(EFSMountTimeoutException$, EFSMountTimeoutException);
var ENILimitReachedException$ = [-3, n0, _ENILRE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(ENILimitReachedException$, ENILimitReachedException);
var ENINotReadyException$ = [-3, n0, _ENINRE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(ENINotReadyException$, ENINotReadyException);
var FunctionVersionsPerCapacityProviderLimitExceededException$ = [-3, n0, _FVPCPLEE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(FunctionVersionsPerCapacityProviderLimitExceededException$, FunctionVersionsPerCapacityProviderLimitExceededException);
var InvalidCodeSignatureException$ = [-3, n0, _ICSE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(InvalidCodeSignatureException$, InvalidCodeSignatureException);
var InvalidParameterValueException$ = [-3, n0, _IPVE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var InvalidRequestContentException$ = [-3, n0, _IRCE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(InvalidRequestContentException$, InvalidRequestContentException);
var InvalidRuntimeException$ = [-3, n0, _IRE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(InvalidRuntimeException$, InvalidRuntimeException);
var InvalidSecurityGroupIDException$ = [-3, n0, _ISGIDE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(InvalidSecurityGroupIDException$, InvalidSecurityGroupIDException);
var InvalidSubnetIDException$ = [-3, n0, _ISIDE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(InvalidSubnetIDException$, InvalidSubnetIDException);
var InvalidZipFileException$ = [-3, n0, _IZFE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(InvalidZipFileException$, InvalidZipFileException);
var KMSAccessDeniedException$ = [-3, n0, _KMSADE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(KMSAccessDeniedException$, KMSAccessDeniedException);
var KMSDisabledException$ = [-3, n0, _KMSDE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(KMSDisabledException$, KMSDisabledException);
var KMSInvalidStateException$ = [-3, n0, _KMSISE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(KMSInvalidStateException$, KMSInvalidStateException);
var KMSNotFoundException$ = [-3, n0, _KMSNFE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(KMSNotFoundException$, KMSNotFoundException);
var ModeNotSupportedException$ = [-3, n0, _MNSE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(ModeNotSupportedException$, ModeNotSupportedException);
var NoPublishedVersionException$ = [-3, n0, _NPVE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(NoPublishedVersionException$, NoPublishedVersionException);
var PolicyLengthExceededException$ = [-3, n0, _PLEE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(PolicyLengthExceededException$, PolicyLengthExceededException);
var PreconditionFailedException$ = [-3, n0, _PFE,
    { [_e]: _c, [_hE]: 412 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(PreconditionFailedException$, PreconditionFailedException);
var ProvisionedConcurrencyConfigNotFoundException$ = [-3, n0, _PCCNFE,
    { [_e]: _c, [_hE]: 404 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(ProvisionedConcurrencyConfigNotFoundException$, ProvisionedConcurrencyConfigNotFoundException);
var PublicPolicyException$ = [-3, n0, _PPE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
var RecursiveInvocationException$ = [-3, n0, _RIE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(RecursiveInvocationException$, RecursiveInvocationException);
var RequestTooLargeException$ = [-3, n0, _RTLE,
    { [_e]: _c, [_hE]: 413 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(RequestTooLargeException$, RequestTooLargeException);
var ResourceConflictException$ = [-3, n0, _RCE,
    { [_e]: _c, [_hE]: 409 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(ResourceConflictException$, ResourceConflictException);
var ResourceInUseException$ = [-3, n0, _RIUE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
var ResourceNotFoundException$ = [-3, n0, _RNFE,
    { [_e]: _c, [_hE]: 404 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ResourceNotReadyException$ = [-3, n0, _RNRE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(ResourceNotReadyException$, ResourceNotReadyException);
var S3FilesMountConnectivityException$ = [-3, n0, _SFMCE,
    { [_e]: _c, [_hE]: 408 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(S3FilesMountConnectivityException$, S3FilesMountConnectivityException);
var S3FilesMountFailureException$ = [-3, n0, _SFMFE,
    { [_e]: _c, [_hE]: 403 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(S3FilesMountFailureException$, S3FilesMountFailureException);
var S3FilesMountTimeoutException$ = [-3, n0, _SFMTE,
    { [_e]: _c, [_hE]: 408 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(S3FilesMountTimeoutException$, S3FilesMountTimeoutException);
var SerializedRequestEntityTooLargeException$ = [-3, n0, _SRETLE,
    { [_e]: _c, [_hE]: 413 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(SerializedRequestEntityTooLargeException$, SerializedRequestEntityTooLargeException);
var ServiceException$ = [-3, n0, _SE,
    { [_e]: _se, [_hE]: 500 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(ServiceException$, ServiceException);
var ServiceQuotaExceededException$ = [-3, n0, _SQEE,
    { [_e]: _c, [_hE]: 402 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
var SnapStartException$ = [-3, n0, _SSE,
    { [_e]: _c, [_hE]: 400 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(SnapStartException$, SnapStartException);
var SnapStartNotReadyException$ = [-3, n0, _SSNRE,
    { [_e]: _c, [_hE]: 409 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(SnapStartNotReadyException$, SnapStartNotReadyException);
var SnapStartRegenerationFailureException$ = [-3, n0, _SSRFE,
    { [_e]: _c, [_hE]: 409 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(SnapStartRegenerationFailureException$, SnapStartRegenerationFailureException);
var SnapStartTimeoutException$ = [-3, n0, _SSTE,
    { [_e]: _c, [_hE]: 408 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(SnapStartTimeoutException$, SnapStartTimeoutException);
var SubnetIPAddressLimitReachedException$ = [-3, n0, _SIPALRE,
    { [_e]: _se, [_hE]: 502 },
    [_T, _M],
    [0, 0]
];
n0_registry.registerError(SubnetIPAddressLimitReachedException$, SubnetIPAddressLimitReachedException);
var TooManyRequestsException$ = [-3, n0, _TMRE,
    { [_e]: _c, [_hE]: 429 },
    [_rAS, _T, _m, _R],
    [[0, { [_hH]: _RA }], 0, 0, 0]
];
n0_registry.registerError(TooManyRequestsException$, TooManyRequestsException);
var UnsupportedMediaTypeException$ = [-3, n0, _UMTE,
    { [_e]: _c, [_hE]: 415 },
    [_T, _m],
    [0, 0]
];
n0_registry.registerError(UnsupportedMediaTypeException$, UnsupportedMediaTypeException);
const errorTypeRegistries = [
    _s_registry,
    n0_registry,
];
var BinaryOperationPayload = [0, n0, _BOP, 8, 21];
var _Blob = [0, n0, _B, 8, 21];
var BlobStream = [0, n0, _BS, { [_st]: 1 }, 42];
var EnvironmentVariableName = [0, n0, _EVN, 8, 0];
var EnvironmentVariableValue = [0, n0, _EVV, 8, 0];
var ErrorData = [0, n0, _ED, 8, 0];
var ErrorMessage = [0, n0, _EM, 8, 0];
var ErrorType = [0, n0, _ET, 8, 0];
var InputPayload = [0, n0, _IP, 8, 0];
var OperationPayload = [0, n0, _OP, 8, 0];
var OutputPayload = [0, n0, _OPu, 8, 0];
var SensitiveString = [0, n0, _SS, 8, 0];
var StackTraceEntry = [0, n0, _STE, 8, 0];
var AccountLimit$ = [3, n0, _AL,
    0,
    [_TCS, _CSU, _CSZ, _CE, _UCE],
    [1, 1, 1, 1, 1]
];
var AccountUsage$ = [3, n0, _AU,
    0,
    [_TCS, _FC],
    [1, 1]
];
var AddLayerVersionPermissionRequest$ = [3, n0, _ALVPR,
    0,
    [_LN, _VN, _SI, _A, _P, _OI, _RI],
    [[0, 1], [1, 1], 0, 0, 0, 0, [0, { [_hQ]: _RI }]], 5
];
var AddLayerVersionPermissionResponse$ = [3, n0, _ALVPRd,
    0,
    [_S, _RI],
    [0, 0]
];
var AddPermissionRequest$ = [3, n0, _APR,
    0,
    [_FN, _SI, _A, _P, _SA, _FUAT, _IVFU, _SAo, _EST, _Q, _RI, _POID],
    [[0, 1], 0, 0, 0, 0, 0, 2, 0, 0, [0, { [_hQ]: _Q }], 0, 0], 4
];
var AddPermissionResponse$ = [3, n0, _APRd,
    0,
    [_S],
    [0]
];
var AliasConfiguration$ = [3, n0, _AC,
    0,
    [_AA, _N, _FV, _D, _RC, _RI],
    [0, 0, 0, 0, () => AliasRoutingConfiguration$, 0]
];
var AliasRoutingConfiguration$ = [3, n0, _ARC,
    0,
    [_AVW],
    [128 | 1]
];
var AllowedPublishers$ = [3, n0, _AP,
    0,
    [_SPVA],
    [64 | 0], 1
];
var AmazonManagedKafkaEventSourceConfig$ = [3, n0, _AMKESC,
    0,
    [_CGI, _SRC],
    [0, () => KafkaSchemaRegistryConfig$]
];
var CallbackDetails$ = [3, n0, _CD,
    0,
    [_CI, _Re, _E],
    [0, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var CallbackFailedDetails$ = [3, n0, _CFD,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var CallbackOptions$ = [3, n0, _CO,
    0,
    [_TS, _HTS],
    [1, 1]
];
var CallbackStartedDetails$ = [3, n0, _CSD,
    0,
    [_CI, _HT, _Ti],
    [0, 1, 1], 1
];
var CallbackSucceededDetails$ = [3, n0, _CSDa,
    0,
    [_Re],
    [[() => EventResult$, 0]], 1
];
var CallbackTimedOutDetails$ = [3, n0, _CTOD,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var CapacityProvider$ = [3, n0, _CP,
    0,
    [_CPA, _St, _VC, _PC, _IR, _CPSC, _KKA, _LM, _PT, _TC],
    [0, 0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$], 4
];
var CapacityProviderConfig$ = [3, n0, _CPC,
    0,
    [_LMICPC],
    [() => LambdaManagedInstancesCapacityProviderConfig$], 1
];
var CapacityProviderLoggingConfig$ = [3, n0, _CPLC,
    0,
    [_SLL, _LG],
    [0, 0]
];
var CapacityProviderPermissionsConfig$ = [3, n0, _CPPC,
    0,
    [_CPORA],
    [0], 1
];
var CapacityProviderScalingConfig$ = [3, n0, _CPSC,
    0,
    [_MVCC, _SM, _SP],
    [1, 0, () => CapacityProviderScalingPoliciesList]
];
var CapacityProviderTelemetryConfig$ = [3, n0, _CPTC,
    0,
    [_LC],
    [() => CapacityProviderLoggingConfig$]
];
var CapacityProviderVpcConfig$ = [3, n0, _CPVC,
    0,
    [_SIu, _SGI],
    [64 | 0, 64 | 0], 2
];
var ChainedInvokeDetails$ = [3, n0, _CID,
    0,
    [_Re, _E],
    [[() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ChainedInvokeFailedDetails$ = [3, n0, _CIFD,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var ChainedInvokeOptions$ = [3, n0, _CIO,
    0,
    [_FN, _TI, _XATI],
    [0, 0, 0], 1
];
var ChainedInvokeStartedDetails$ = [3, n0, _CISD,
    0,
    [_FN, _TI, _I, _EV, _DEA],
    [0, 0, [() => EventInput$, 0], 0, 0], 1
];
var ChainedInvokeStoppedDetails$ = [3, n0, _CISDh,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var ChainedInvokeSucceededDetails$ = [3, n0, _CISDha,
    0,
    [_Re],
    [[() => EventResult$, 0]], 1
];
var ChainedInvokeTimedOutDetails$ = [3, n0, _CITOD,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var CheckpointDurableExecutionRequest$ = [3, n0, _CDER,
    0,
    [_DEA, _CT, _U, _CTl],
    [[0, 1], 0, [() => OperationUpdates, 0], [0, 4]], 2
];
var CheckpointDurableExecutionResponse$ = [3, n0, _CDERh,
    0,
    [_NES, _CT],
    [[() => CheckpointUpdatedExecutionState$, 0], 0], 1
];
var CheckpointUpdatedExecutionState$ = [3, n0, _CUES,
    0,
    [_O, _NM],
    [[() => Operations, 0], 0]
];
var CodeSigningConfig$ = [3, n0, _CSC,
    0,
    [_CSCI, _CSCA, _AP, _CSP, _LM, _D],
    [0, 0, () => AllowedPublishers$, () => CodeSigningPolicies$, 0, 0], 5
];
var CodeSigningPolicies$ = [3, n0, _CSP,
    0,
    [_UAOD],
    [0]
];
var Concurrency$ = [3, n0, _C,
    0,
    [_RCEe],
    [1]
];
var ContextDetails$ = [3, n0, _CDo,
    0,
    [_RCe, _Re, _E],
    [2, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var ContextFailedDetails$ = [3, n0, _CFDo,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var ContextOptions$ = [3, n0, _COo,
    0,
    [_RCe],
    [2]
];
var ContextStartedDetails$ = [3, n0, _CSDo,
    0,
    [],
    []
];
var ContextSucceededDetails$ = [3, n0, _CSDon,
    0,
    [_Re],
    [[() => EventResult$, 0]], 1
];
var Cors$ = [3, n0, _Co,
    0,
    [_ACl, _AH, _AM, _AO, _EH, _MA],
    [2, 64 | 0, 64 | 0, 64 | 0, 64 | 0, 1]
];
var CreateAliasRequest$ = [3, n0, _CAR,
    0,
    [_FN, _N, _FV, _D, _RC],
    [[0, 1], 0, 0, 0, () => AliasRoutingConfiguration$], 3
];
var CreateCapacityProviderRequest$ = [3, n0, _CCPR,
    0,
    [_CPN, _VC, _PC, _IR, _CPSC, _KKA, _Ta, _PT, _TC],
    [0, () => CapacityProviderVpcConfig$, () => CapacityProviderPermissionsConfig$, () => InstanceRequirements$, () => CapacityProviderScalingConfig$, 0, 128 | 0, () => PropagateTags$, () => CapacityProviderTelemetryConfig$], 3
];
var CreateCapacityProviderResponse$ = [3, n0, _CCPRr,
    0,
    [_CP],
    [() => CapacityProvider$], 1
];
var CreateCodeSigningConfigRequest$ = [3, n0, _CCSCR,
    0,
    [_AP, _D, _CSP, _Ta],
    [() => AllowedPublishers$, 0, () => CodeSigningPolicies$, 128 | 0], 1
];
var CreateCodeSigningConfigResponse$ = [3, n0, _CCSCRr,
    0,
    [_CSC],
    [() => CodeSigningConfig$], 1
];
var CreateEventSourceMappingRequest$ = [3, n0, _CESMR,
    0,
    [_FN, _ESA, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _SPt, _SPT, _DC, _MRAIS, _BBOFE, _MRA, _Ta, _TWIS, _To, _Qu, _SAC, _SMES, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
    [0, 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, 0, 4, () => DestinationConfig$, 1, 2, 1, 128 | 0, 1, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$], 1
];
var CreateFunctionRequest$ = [3, n0, _CFR,
    0,
    [_FN, _Ro, _Cod, _Ru, _H, _D, _Ti, _MS, _Pu, _PTu, _VC, _PTa, _DLC, _Env, _KMSKA, _TCr, _Ta, _L, _FSC, _CSCA, _IC, _Ar, _ES, _SSn, _LC, _TCe, _CPC, _DCu],
    [0, 0, [() => FunctionCode$, 0], 0, 0, 0, 1, 1, 2, 0, () => VpcConfig$, 0, () => DeadLetterConfig$, [() => Environment$, 0], 0, () => TracingConfig$, 128 | 0, 64 | 0, () => FileSystemConfigList, 0, () => ImageConfig$, 64 | 0, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, () => DurableConfig$], 3
];
var CreateFunctionUrlConfigRequest$ = [3, n0, _CFUCR,
    0,
    [_FN, _AT, _Q, _Co, _IM],
    [[0, 1], 0, [0, { [_hQ]: _Q }], () => Cors$, 0], 2
];
var CreateFunctionUrlConfigResponse$ = [3, n0, _CFUCRr,
    0,
    [_FU, _FA, _AT, _CTr, _Co, _IM],
    [0, 0, 0, 0, () => Cors$, 0], 4
];
var DeadLetterConfig$ = [3, n0, _DLC,
    0,
    [_TA],
    [0]
];
var DeleteAliasRequest$ = [3, n0, _DAR,
    0,
    [_FN, _N],
    [[0, 1], [0, 1]], 2
];
var DeleteCapacityProviderRequest$ = [3, n0, _DCPR,
    0,
    [_CPN],
    [[0, 1]], 1
];
var DeleteCapacityProviderResponse$ = [3, n0, _DCPRe,
    0,
    [_CP],
    [() => CapacityProvider$], 1
];
var DeleteCodeSigningConfigRequest$ = [3, n0, _DCSCR,
    0,
    [_CSCA],
    [[0, 1]], 1
];
var DeleteCodeSigningConfigResponse$ = [3, n0, _DCSCRe,
    0,
    [],
    []
];
var DeleteEventSourceMappingRequest$ = [3, n0, _DESMR,
    0,
    [_UUID],
    [[0, 1]], 1
];
var DeleteFunctionCodeSigningConfigRequest$ = [3, n0, _DFCSCR,
    0,
    [_FN],
    [[0, 1]], 1
];
var DeleteFunctionConcurrencyRequest$ = [3, n0, _DFCR,
    0,
    [_FN],
    [[0, 1]], 1
];
var DeleteFunctionEventInvokeConfigRequest$ = [3, n0, _DFEICR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var DeleteFunctionRequest$ = [3, n0, _DFR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var DeleteFunctionResponse$ = [3, n0, _DFRe,
    0,
    [_SCt],
    [[1, 32]]
];
var DeleteFunctionUrlConfigRequest$ = [3, n0, _DFUCR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var DeleteLayerVersionRequest$ = [3, n0, _DLVR,
    0,
    [_LN, _VN],
    [[0, 1], [1, 1]], 2
];
var DeleteProvisionedConcurrencyConfigRequest$ = [3, n0, _DPCCR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 2
];
var DeleteResourcePolicyRequest$ = [3, n0, _DRPR,
    0,
    [_RAe, _RI],
    [[0, 1], [0, { [_hQ]: _RI }]], 1
];
var DestinationConfig$ = [3, n0, _DC,
    0,
    [_OS, _OF],
    [() => OnSuccess$, () => OnFailure$]
];
var DocumentDBEventSourceConfig$ = [3, n0, _DDBESC,
    0,
    [_DN, _CN, _FD],
    [0, 0, 0]
];
var DurableConfig$ = [3, n0, _DCu,
    0,
    [_KMSKA, _RPID, _ETx],
    [0, 1, 1]
];
var Environment$ = [3, n0, _Env,
    0,
    [_V],
    [[() => EnvironmentVariables, 0]]
];
var EnvironmentError$ = [3, n0, _EE,
    0,
    [_EC, _M],
    [0, [() => SensitiveString, 0]]
];
var EnvironmentResponse$ = [3, n0, _ER,
    0,
    [_V, _E],
    [[() => EnvironmentVariables, 0], [() => EnvironmentError$, 0]]
];
var EphemeralStorage$ = [3, n0, _ES,
    0,
    [_Si],
    [1], 1
];
var ErrorObject$ = [3, n0, _EO,
    0,
    [_EM, _ET, _ED, _ST],
    [[() => ErrorMessage, 0], [() => ErrorType, 0], [() => ErrorData, 0], [() => StackTraceEntries, 0]]
];
var Event$ = [3, n0, _Ev,
    0,
    [_ETv, _STu, _EI, _Id, _N, _ETve, _PI, _ESD, _ESDx, _EFD, _ETOD, _ESDxe, _CSDo, _CSDon, _CFDo, _WSD, _WSDa, _WCD, _SSD, _SSDt, _SFD, _CISD, _CISDha, _CIFD, _CITOD, _CISDh, _CSD, _CSDa, _CFD, _CTOD, _ICD],
    [0, 0, 1, 0, 0, 4, 0, [() => ExecutionStartedDetails$, 0], [() => ExecutionSucceededDetails$, 0], [() => ExecutionFailedDetails$, 0], [() => ExecutionTimedOutDetails$, 0], [() => ExecutionStoppedDetails$, 0], () => ContextStartedDetails$, [() => ContextSucceededDetails$, 0], [() => ContextFailedDetails$, 0], () => WaitStartedDetails$, () => WaitSucceededDetails$, [() => WaitCancelledDetails$, 0], () => StepStartedDetails$, [() => StepSucceededDetails$, 0], [() => StepFailedDetails$, 0], [() => ChainedInvokeStartedDetails$, 0], [() => ChainedInvokeSucceededDetails$, 0], [() => ChainedInvokeFailedDetails$, 0], [() => ChainedInvokeTimedOutDetails$, 0], [() => ChainedInvokeStoppedDetails$, 0], () => CallbackStartedDetails$, [() => CallbackSucceededDetails$, 0], [() => CallbackFailedDetails$, 0], [() => CallbackTimedOutDetails$, 0], [() => InvocationCompletedDetails$, 0]]
];
var EventError$ = [3, n0, _EEv,
    0,
    [_Pa, _Tr],
    [[() => ErrorObject$, 0], 2]
];
var EventInput$ = [3, n0, _EIv,
    0,
    [_Pa, _Tr],
    [[() => InputPayload, 0], 2]
];
var EventResult$ = [3, n0, _ERv,
    0,
    [_Pa, _Tr],
    [[() => OperationPayload, 0], 2]
];
var EventSourceMappingConfiguration$ = [3, n0, _ESMC,
    0,
    [_UUID, _SPt, _SPT, _BSa, _MBWIS, _PF, _ESA, _FCi, _FCE, _KMSKA, _MC, _LC, _SC, _FA, _LM, _LPR, _St, _STR, _DC, _To, _Qu, _SAC, _SMES, _MRAIS, _BBOFE, _MRA, _TWIS, _FRT, _AMKESC, _SMKESC, _DDBESC, _ESMA, _PPC],
    [0, 0, 4, 1, 1, 1, 0, () => FilterCriteria$, () => FilterCriteriaError$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 0, 4, 0, 0, 0, () => DestinationConfig$, 64 | 0, 64 | 0, () => SourceAccessConfigurations, () => SelfManagedEventSource$, 1, 2, 1, 1, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, 0, () => ProvisionedPollerConfig$]
];
var EventSourceMappingLoggingConfig$ = [3, n0, _ESMLC,
    0,
    [_SLL],
    [0]
];
var EventSourceMappingMetricsConfig$ = [3, n0, _ESMMC,
    0,
    [_Me],
    [64 | 0]
];
var Execution$ = [3, n0, _Ex,
    0,
    [_DEA, _DEN, _FA, _Sta, _STt, _ETn, _KMSKA],
    [0, 0, 0, 0, 4, 4, 0], 5
];
var ExecutionDetails$ = [3, n0, _EDx,
    0,
    [_IP],
    [[() => InputPayload, 0]]
];
var ExecutionFailedDetails$ = [3, n0, _EFD,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var ExecutionStartedDetails$ = [3, n0, _ESD,
    0,
    [_I, _ETx],
    [[() => EventInput$, 0], 1], 2
];
var ExecutionStoppedDetails$ = [3, n0, _ESDxe,
    0,
    [_E],
    [[() => EventError$, 0]], 1
];
var ExecutionSucceededDetails$ = [3, n0, _ESDx,
    0,
    [_Re],
    [[() => EventResult$, 0]], 1
];
var ExecutionTimedOutDetails$ = [3, n0, _ETOD,
    0,
    [_E],
    [[() => EventError$, 0]]
];
var FileSystemConfig$ = [3, n0, _FSCi,
    0,
    [_Arn, _LMP, _SFC],
    [0, 0, () => S3FilesConfig$], 2
];
var Filter$ = [3, n0, _F,
    0,
    [_Pat],
    [0]
];
var FilterCriteria$ = [3, n0, _FCi,
    0,
    [_Fi],
    [() => FilterList]
];
var FilterCriteriaError$ = [3, n0, _FCE,
    0,
    [_EC, _M],
    [0, 0]
];
var FunctionCode$ = [3, n0, _FCu,
    0,
    [_ZF, _SB, _SK, _SOV, _SOSM, _IU, _SKMSKA],
    [[() => _Blob, 0], 0, 0, 0, 0, 0, 0]
];
var FunctionCodeLocation$ = [3, n0, _FCL,
    0,
    [_RT, _Lo, _IU, _RIU, _RSO, _SKMSKA, _E],
    [0, 0, 0, 0, () => ResolvedS3Object$, 0, [() => FunctionCodeLocationError$, 0]]
];
var FunctionCodeLocationError$ = [3, n0, _FCLE,
    0,
    [_EC, _M],
    [0, [() => SensitiveString, 0]]
];
var FunctionConfiguration$ = [3, n0, _FCun,
    0,
    [_FN, _FA, _Ru, _Ro, _H, _CS, _D, _Ti, _MS, _LM, _CSo, _Ve, _VC, _DLC, _Env, _KMSKA, _TCr, _MAa, _RI, _L, _St, _SR, _SRCt, _LUS, _LUSR, _LUSRC, _FSC, _SPVAi, _SJA, _PTa, _ICR, _Ar, _ES, _SSn, _RVC, _LC, _TCe, _CPC, _CSon, _DCu],
    [0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, () => VpcConfigResponse$, () => DeadLetterConfig$, [() => EnvironmentResponse$, 0], 0, () => TracingConfigResponse$, 0, 0, () => LayersReferenceList, 0, 0, 0, 0, 0, 0, () => FileSystemConfigList, 0, 0, 0, [() => ImageConfigResponse$, 0], 64 | 0, () => EphemeralStorage$, () => SnapStartResponse$, [() => RuntimeVersionConfig$, 0], () => LoggingConfig$, () => TenancyConfig$, () => CapacityProviderConfig$, 0, () => DurableConfig$]
];
var FunctionEventInvokeConfig$ = [3, n0, _FEIC,
    0,
    [_LM, _FA, _MRA, _MEAIS, _DC],
    [4, 0, 1, 1, () => DestinationConfig$]
];
var FunctionScalingConfig$ = [3, n0, _FSCu,
    0,
    [_MEE, _MEEa],
    [1, 1]
];
var FunctionUrlConfig$ = [3, n0, _FUC,
    0,
    [_FU, _FA, _CTr, _LMT, _AT, _Co, _IM],
    [0, 0, 0, 0, 0, () => Cors$, 0], 5
];
var FunctionVersionsByCapacityProviderListItem$ = [3, n0, _FVBCPLI,
    0,
    [_FA, _St],
    [0, 0], 2
];
var GetAccountSettingsRequest$ = [3, n0, _GASR,
    0,
    [],
    []
];
var GetAccountSettingsResponse$ = [3, n0, _GASRe,
    0,
    [_AL, _AU],
    [() => AccountLimit$, () => AccountUsage$]
];
var GetAliasRequest$ = [3, n0, _GAR,
    0,
    [_FN, _N],
    [[0, 1], [0, 1]], 2
];
var GetCapacityProviderRequest$ = [3, n0, _GCPR,
    0,
    [_CPN],
    [[0, 1]], 1
];
var GetCapacityProviderResponse$ = [3, n0, _GCPRe,
    0,
    [_CP],
    [() => CapacityProvider$], 1
];
var GetCodeSigningConfigRequest$ = [3, n0, _GCSCR,
    0,
    [_CSCA],
    [[0, 1]], 1
];
var GetCodeSigningConfigResponse$ = [3, n0, _GCSCRe,
    0,
    [_CSC],
    [() => CodeSigningConfig$], 1
];
var GetDurableExecutionHistoryRequest$ = [3, n0, _GDEHR,
    0,
    [_DEA, _IED, _MI, _Ma, _RO],
    [[0, 1], [2, { [_hQ]: _IED }], [1, { [_hQ]: _MI }], [0, { [_hQ]: _Ma }], [2, { [_hQ]: _RO }]], 1
];
var GetDurableExecutionHistoryResponse$ = [3, n0, _GDEHRe,
    0,
    [_Eve, _NM],
    [[() => Events, 0], 0], 1
];
var GetDurableExecutionRequest$ = [3, n0, _GDER,
    0,
    [_DEA, _IED],
    [[0, 1], [2, { [_hQ]: _IED }]], 1
];
var GetDurableExecutionResponse$ = [3, n0, _GDERe,
    0,
    [_DEA, _DEN, _FA, _STt, _Sta, _IP, _Re, _E, _ETn, _Ve, _TH, _EDI, _DCu],
    [0, 0, 0, 4, 0, [() => InputPayload, 0], [() => OutputPayload, 0], [() => ErrorObject$, 0], 4, 0, () => TraceHeader$, 2, () => DurableConfig$], 5
];
var GetDurableExecutionStateRequest$ = [3, n0, _GDESR,
    0,
    [_DEA, _CT, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _CT }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 2
];
var GetDurableExecutionStateResponse$ = [3, n0, _GDESRe,
    0,
    [_O, _NM],
    [[() => Operations, 0], 0], 1
];
var GetEventSourceMappingRequest$ = [3, n0, _GESMR,
    0,
    [_UUID],
    [[0, 1]], 1
];
var GetFunctionCodeSigningConfigRequest$ = [3, n0, _GFCSCR,
    0,
    [_FN],
    [[0, 1]], 1
];
var GetFunctionCodeSigningConfigResponse$ = [3, n0, _GFCSCRe,
    0,
    [_CSCA, _FN],
    [0, 0], 2
];
var GetFunctionConcurrencyRequest$ = [3, n0, _GFCR,
    0,
    [_FN],
    [[0, 1]], 1
];
var GetFunctionConcurrencyResponse$ = [3, n0, _GFCRe,
    0,
    [_RCEe],
    [1]
];
var GetFunctionConfigurationRequest$ = [3, n0, _GFCRet,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var GetFunctionEventInvokeConfigRequest$ = [3, n0, _GFEICR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var GetFunctionRecursionConfigRequest$ = [3, n0, _GFRCR,
    0,
    [_FN],
    [[0, 1]], 1
];
var GetFunctionRecursionConfigResponse$ = [3, n0, _GFRCRe,
    0,
    [_RL],
    [0]
];
var GetFunctionRequest$ = [3, n0, _GFR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var GetFunctionResponse$ = [3, n0, _GFRe,
    0,
    [_Con, _Cod, _Ta, _TE, _C],
    [[() => FunctionConfiguration$, 0], [() => FunctionCodeLocation$, 0], 128 | 0, () => TagsError$, () => Concurrency$]
];
var GetFunctionScalingConfigRequest$ = [3, n0, _GFSCR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 2
];
var GetFunctionScalingConfigResponse$ = [3, n0, _GFSCRe,
    0,
    [_FA, _AFSC, _RFSC],
    [0, () => FunctionScalingConfig$, () => FunctionScalingConfig$]
];
var GetFunctionUrlConfigRequest$ = [3, n0, _GFUCR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var GetFunctionUrlConfigResponse$ = [3, n0, _GFUCRe,
    0,
    [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
    [0, 0, 0, 0, 0, () => Cors$, 0], 5
];
var GetLayerVersionByArnRequest$ = [3, n0, _GLVBAR,
    0,
    [_Arn],
    [[0, { [_hQ]: _Arn }]], 1
];
var GetLayerVersionPolicyRequest$ = [3, n0, _GLVPR,
    0,
    [_LN, _VN],
    [[0, 1], [1, 1]], 2
];
var GetLayerVersionPolicyResponse$ = [3, n0, _GLVPRe,
    0,
    [_Po, _RI],
    [0, 0]
];
var GetLayerVersionRequest$ = [3, n0, _GLVR,
    0,
    [_LN, _VN],
    [[0, 1], [1, 1]], 2
];
var GetLayerVersionResponse$ = [3, n0, _GLVRe,
    0,
    [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
    [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var GetPolicyRequest$ = [3, n0, _GPR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var GetPolicyResponse$ = [3, n0, _GPRe,
    0,
    [_Po, _RI],
    [0, 0]
];
var GetProvisionedConcurrencyConfigRequest$ = [3, n0, _GPCCR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 2
];
var GetProvisionedConcurrencyConfigResponse$ = [3, n0, _GPCCRe,
    0,
    [_RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
    [1, 1, 1, 0, 0, 0]
];
var GetResourcePolicyRequest$ = [3, n0, _GRPR,
    0,
    [_RAe],
    [[0, 1]], 1
];
var GetResourcePolicyResponse$ = [3, n0, _GRPRe,
    0,
    [_Po, _RI],
    [0, 0]
];
var GetRuntimeManagementConfigRequest$ = [3, n0, _GRMCR,
    0,
    [_FN, _Q],
    [[0, 1], [0, { [_hQ]: _Q }]], 1
];
var GetRuntimeManagementConfigResponse$ = [3, n0, _GRMCRe,
    0,
    [_URO, _FA, _RVA],
    [0, 0, 0]
];
var ImageConfig$ = [3, n0, _IC,
    0,
    [_EP, _Com, _WD],
    [64 | 0, 64 | 0, 0]
];
var ImageConfigError$ = [3, n0, _ICE,
    0,
    [_EC, _M],
    [0, [() => SensitiveString, 0]]
];
var ImageConfigResponse$ = [3, n0, _ICR,
    0,
    [_IC, _E],
    [() => ImageConfig$, [() => ImageConfigError$, 0]]
];
var InstanceRequirements$ = [3, n0, _IR,
    0,
    [_Ar, _AIT, _EIT],
    [64 | 0, 64 | 0, 64 | 0]
];
var InvocationCompletedDetails$ = [3, n0, _ICD,
    0,
    [_STt, _ETn, _RIe, _E],
    [4, 4, 0, [() => EventError$, 0]], 3
];
var InvocationRequest$ = [3, n0, _IRn,
    0,
    [_FN, _IT, _LT, _CC, _DEN, _Pa, _Q, _TI],
    [[0, 1], [0, { [_hH]: _XAIT }], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hH]: _XADEN }], [() => _Blob, 16], [0, { [_hQ]: _Q }], [0, { [_hH]: _XATI_ }]], 1
];
var InvocationResponse$ = [3, n0, _IRnv,
    0,
    [_SCt, _FE, _LR, _Pa, _EV, _DEA],
    [[1, 32], [0, { [_hH]: _XAFE }], [0, { [_hH]: _XALR }], [() => _Blob, 16], [0, { [_hH]: _XAEV }], [0, { [_hH]: _XADEA }]]
];
var InvokeAsyncRequest$ = [3, n0, _IAR,
    0,
    [_FN, _IA],
    [[0, 1], [() => BlobStream, 16]], 2
];
var InvokeAsyncResponse$ = [3, n0, _IARn,
    0,
    [_Sta],
    [[1, 32]]
];
var InvokeResponseStreamUpdate$ = [3, n0, _IRSU,
    0,
    [_Pa],
    [[() => _Blob, { [_eP]: 1 }]]
];
var InvokeWithResponseStreamCompleteEvent$ = [3, n0, _IWRSCE,
    0,
    [_EC, _EDr, _LR],
    [0, 0, 0]
];
var InvokeWithResponseStreamRequest$ = [3, n0, _IWRSR,
    0,
    [_FN, _LT, _CC, _Q, _Pa, _TI, _IT],
    [[0, 1], [0, { [_hH]: _XALT }], [0, { [_hH]: _XACC }], [0, { [_hQ]: _Q }], [() => _Blob, 16], [0, { [_hH]: _XATI_ }], [0, { [_hH]: _XAIT }]], 1
];
var InvokeWithResponseStreamResponse$ = [3, n0, _IWRSRn,
    0,
    [_SCt, _EV, _ESv, _RSCT],
    [[1, 32], [0, { [_hH]: _XAEV }], [() => InvokeWithResponseStreamResponseEvent$, 16], [0, { [_hH]: _CT_ }]]
];
var KafkaSchemaRegistryAccessConfig$ = [3, n0, _KSRAC,
    0,
    [_T, _URI],
    [0, 0]
];
var KafkaSchemaRegistryConfig$ = [3, n0, _KSRC,
    0,
    [_SRURI, _ERF, _ACc, _SVC],
    [0, 0, () => KafkaSchemaRegistryAccessConfigList, () => KafkaSchemaValidationConfigList]
];
var KafkaSchemaValidationConfig$ = [3, n0, _KSVC,
    0,
    [_At],
    [0]
];
var LambdaManagedInstancesCapacityProviderConfig$ = [3, n0, _LMICPC,
    0,
    [_CPA, _PEEMC, _EEMGBPVC],
    [0, 1, 1], 1
];
var Layer$ = [3, n0, _La,
    0,
    [_Arn, _CS, _SPVAi, _SJA],
    [0, 1, 0, 0]
];
var LayersListItem$ = [3, n0, _LLI,
    0,
    [_LN, _LA, _LMV],
    [0, 0, () => LayerVersionsListItem$]
];
var LayerVersionContentInput$ = [3, n0, _LVCI,
    0,
    [_SB, _SK, _SOV, _SOSM, _ZF],
    [0, 0, 0, 0, [() => _Blob, 0]]
];
var LayerVersionContentOutput$ = [3, n0, _LVCO,
    0,
    [_Lo, _CSo, _CS, _SPVAi, _SJA, _RSO],
    [0, 0, 1, 0, 0, () => ResolvedS3Object$]
];
var LayerVersionsListItem$ = [3, n0, _LVLI,
    0,
    [_LVA, _Ve, _D, _CDr, _CA, _CR, _LI],
    [0, 1, 0, 0, 64 | 0, 64 | 0, 0]
];
var ListAliasesRequest$ = [3, n0, _LAR,
    0,
    [_FN, _FV, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListAliasesResponse$ = [3, n0, _LARi,
    0,
    [_NM, _Al],
    [0, () => AliasList]
];
var ListCapacityProvidersRequest$ = [3, n0, _LCPR,
    0,
    [_St, _Ma, _MI],
    [[0, { [_hQ]: _St }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCapacityProvidersResponse$ = [3, n0, _LCPRi,
    0,
    [_CPa, _NM],
    [() => CapacityProvidersList, 0], 1
];
var ListCodeSigningConfigsRequest$ = [3, n0, _LCSCR,
    0,
    [_Ma, _MI],
    [[0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListCodeSigningConfigsResponse$ = [3, n0, _LCSCRi,
    0,
    [_NM, _CSCo],
    [0, () => CodeSigningConfigList]
];
var ListDurableExecutionsByFunctionRequest$ = [3, n0, _LDEBFR,
    0,
    [_FN, _Q, _DEN, _Stat, _SAt, _SBt, _RO, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _DEN }], [64 | 0, { [_hQ]: _Stat }], [4, { [_hQ]: _SAt }], [4, { [_hQ]: _SBt }], [2, { [_hQ]: _RO }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListDurableExecutionsByFunctionResponse$ = [3, n0, _LDEBFRi,
    0,
    [_DE, _NM],
    [() => DurableExecutions, 0]
];
var ListEventSourceMappingsRequest$ = [3, n0, _LESMR,
    0,
    [_ESA, _FN, _Ma, _MI],
    [[0, { [_hQ]: _ESA }], [0, { [_hQ]: _FN }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListEventSourceMappingsResponse$ = [3, n0, _LESMRi,
    0,
    [_NM, _ESM],
    [0, () => EventSourceMappingsList]
];
var ListFunctionEventInvokeConfigsRequest$ = [3, n0, _LFEICR,
    0,
    [_FN, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListFunctionEventInvokeConfigsResponse$ = [3, n0, _LFEICRi,
    0,
    [_FEICu, _NM],
    [() => FunctionEventInvokeConfigList, 0]
];
var ListFunctionsByCodeSigningConfigRequest$ = [3, n0, _LFBCSCR,
    0,
    [_CSCA, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListFunctionsByCodeSigningConfigResponse$ = [3, n0, _LFBCSCRi,
    0,
    [_NM, _FAu],
    [0, 64 | 0]
];
var ListFunctionsRequest$ = [3, n0, _LFR,
    0,
    [_MR, _FV, _Ma, _MI],
    [[0, { [_hQ]: _MR }], [0, { [_hQ]: _FV }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListFunctionsResponse$ = [3, n0, _LFRi,
    0,
    [_NM, _Fu],
    [0, [() => FunctionList, 0]]
];
var ListFunctionUrlConfigsRequest$ = [3, n0, _LFUCR,
    0,
    [_FN, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListFunctionUrlConfigsResponse$ = [3, n0, _LFUCRi,
    0,
    [_FUCu, _NM],
    [() => FunctionUrlConfigList, 0], 1
];
var ListFunctionVersionsByCapacityProviderRequest$ = [3, n0, _LFVBCPR,
    0,
    [_CPN, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListFunctionVersionsByCapacityProviderResponse$ = [3, n0, _LFVBCPRi,
    0,
    [_CPA, _FVu, _NM],
    [0, () => FunctionVersionsByCapacityProviderList, 0], 2
];
var ListLayersRequest$ = [3, n0, _LLR,
    0,
    [_CAo, _CRo, _Ma, _MI],
    [[0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]]
];
var ListLayersResponse$ = [3, n0, _LLRi,
    0,
    [_NM, _L],
    [0, () => LayersList]
];
var ListLayerVersionsRequest$ = [3, n0, _LLVR,
    0,
    [_LN, _CAo, _CRo, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _CAo }], [0, { [_hQ]: _CRo }], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListLayerVersionsResponse$ = [3, n0, _LLVRi,
    0,
    [_NM, _LV],
    [0, () => LayerVersionsList]
];
var ListProvisionedConcurrencyConfigsRequest$ = [3, n0, _LPCCR,
    0,
    [_FN, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListProvisionedConcurrencyConfigsResponse$ = [3, n0, _LPCCRi,
    0,
    [_PCC, _NM],
    [() => ProvisionedConcurrencyConfigList, 0]
];
var ListTagsRequest$ = [3, n0, _LTR,
    0,
    [_Res],
    [[0, 1]], 1
];
var ListTagsResponse$ = [3, n0, _LTRi,
    0,
    [_Ta],
    [128 | 0]
];
var ListVersionsByFunctionRequest$ = [3, n0, _LVBFR,
    0,
    [_FN, _Ma, _MI],
    [[0, 1], [0, { [_hQ]: _Ma }], [1, { [_hQ]: _MI }]], 1
];
var ListVersionsByFunctionResponse$ = [3, n0, _LVBFRi,
    0,
    [_NM, _Ver],
    [0, [() => FunctionList, 0]]
];
var LoggingConfig$ = [3, n0, _LC,
    0,
    [_LF, _ALL, _SLL, _LG],
    [0, 0, 0, 0]
];
var OnFailure$ = [3, n0, _OF,
    0,
    [_De],
    [0]
];
var OnSuccess$ = [3, n0, _OS,
    0,
    [_De],
    [0]
];
var Operation$ = [3, n0, _Op,
    0,
    [_Id, _T, _STt, _Sta, _PI, _N, _STu, _ETn, _EDx, _CDo, _SD, _WDa, _CD, _CID],
    [0, 0, 4, 0, 0, 0, 0, 4, [() => ExecutionDetails$, 0], [() => ContextDetails$, 0], [() => StepDetails$, 0], () => WaitDetails$, [() => CallbackDetails$, 0], [() => ChainedInvokeDetails$, 0]], 4
];
var OperationUpdate$ = [3, n0, _OU,
    0,
    [_Id, _T, _A, _PI, _N, _STu, _Pa, _E, _COo, _SO, _WO, _CO, _CIO],
    [0, 0, 0, 0, 0, 0, [() => OperationPayload, 0], [() => ErrorObject$, 0], () => ContextOptions$, () => StepOptions$, () => WaitOptions$, () => CallbackOptions$, () => ChainedInvokeOptions$], 3
];
var PropagateTags$ = [3, n0, _PT,
    0,
    [_Mo, _ETxp],
    [0, 128 | 0]
];
var ProvisionedConcurrencyConfigListItem$ = [3, n0, _PCCLI,
    0,
    [_FA, _RPCE, _APCE, _APCEl, _Sta, _SRt, _LM],
    [0, 1, 1, 1, 0, 0, 0]
];
var ProvisionedPollerConfig$ = [3, n0, _PPC,
    0,
    [_MP, _MPa, _PGN],
    [1, 1, 0]
];
var PublishLayerVersionRequest$ = [3, n0, _PLVR,
    0,
    [_LN, _Cont, _D, _CA, _CR, _LI],
    [[0, 1], [() => LayerVersionContentInput$, 0], 0, 64 | 0, 64 | 0, 0], 2
];
var PublishLayerVersionResponse$ = [3, n0, _PLVRu,
    0,
    [_Cont, _LA, _LVA, _D, _CDr, _Ve, _CA, _CR, _LI],
    [() => LayerVersionContentOutput$, 0, 0, 0, 0, 1, 64 | 0, 64 | 0, 0]
];
var PublishVersionRequest$ = [3, n0, _PVR,
    0,
    [_FN, _CSo, _D, _RI, _PTu],
    [[0, 1], 0, 0, 0, 0], 1
];
var PutFunctionCodeSigningConfigRequest$ = [3, n0, _PFCSCR,
    0,
    [_CSCA, _FN],
    [0, [0, 1]], 2
];
var PutFunctionCodeSigningConfigResponse$ = [3, n0, _PFCSCRu,
    0,
    [_CSCA, _FN],
    [0, 0], 2
];
var PutFunctionConcurrencyRequest$ = [3, n0, _PFCR,
    0,
    [_FN, _RCEe],
    [[0, 1], 1], 2
];
var PutFunctionEventInvokeConfigRequest$ = [3, n0, _PFEICR,
    0,
    [_FN, _Q, _MRA, _MEAIS, _DC],
    [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$], 1
];
var PutFunctionRecursionConfigRequest$ = [3, n0, _PFRCR,
    0,
    [_FN, _RL],
    [[0, 1], 0], 2
];
var PutFunctionRecursionConfigResponse$ = [3, n0, _PFRCRu,
    0,
    [_RL],
    [0]
];
var PutFunctionScalingConfigRequest$ = [3, n0, _PFSCR,
    0,
    [_FN, _Q, _FSCu],
    [[0, 1], [0, { [_hQ]: _Q }], () => FunctionScalingConfig$], 2
];
var PutFunctionScalingConfigResponse$ = [3, n0, _PFSCRu,
    0,
    [_FS],
    [0]
];
var PutProvisionedConcurrencyConfigRequest$ = [3, n0, _PPCCR,
    0,
    [_FN, _Q, _PCE],
    [[0, 1], [0, { [_hQ]: _Q }], 1], 3
];
var PutProvisionedConcurrencyConfigResponse$ = [3, n0, _PPCCRu,
    0,
    [_RPCE, _APCEl, _APCE, _Sta, _SRt, _LM],
    [1, 1, 1, 0, 0, 0]
];
var PutResourcePolicyRequest$ = [3, n0, _PRPR,
    0,
    [_RAe, _Po, _RI],
    [[0, 1], 0, 0], 2
];
var PutResourcePolicyResponse$ = [3, n0, _PRPRu,
    0,
    [_Po, _RI],
    [0, 0]
];
var PutRuntimeManagementConfigRequest$ = [3, n0, _PRMCR,
    0,
    [_FN, _URO, _Q, _RVA],
    [[0, 1], 0, [0, { [_hQ]: _Q }], 0], 2
];
var PutRuntimeManagementConfigResponse$ = [3, n0, _PRMCRu,
    0,
    [_URO, _FA, _RVA],
    [0, 0, 0], 2
];
var RemoveLayerVersionPermissionRequest$ = [3, n0, _RLVPR,
    0,
    [_LN, _VN, _SI, _RI],
    [[0, 1], [1, 1], [0, 1], [0, { [_hQ]: _RI }]], 3
];
var RemovePermissionRequest$ = [3, n0, _RPR,
    0,
    [_FN, _SI, _Q, _RI],
    [[0, 1], [0, 1], [0, { [_hQ]: _Q }], [0, { [_hQ]: _RI }]], 2
];
var ResolvedS3Object$ = [3, n0, _RSO,
    0,
    [_SB, _SK, _SOV],
    [0, 0, 0]
];
var RetryDetails$ = [3, n0, _RD,
    0,
    [_CAu, _NADS],
    [1, 1]
];
var RuntimeVersionConfig$ = [3, n0, _RVC,
    0,
    [_RVA, _E],
    [0, [() => RuntimeVersionError$, 0]]
];
var RuntimeVersionError$ = [3, n0, _RVE,
    0,
    [_EC, _M],
    [0, [() => SensitiveString, 0]]
];
var S3FilesConfig$ = [3, n0, _SFC,
    0,
    [_DSR],
    [0]
];
var ScalingConfig$ = [3, n0, _SC,
    0,
    [_MCa],
    [1]
];
var SelfManagedEventSource$ = [3, n0, _SMES,
    0,
    [_End],
    [[2, n0, _End, 0, 0, 64 | 0]]
];
var SelfManagedKafkaEventSourceConfig$ = [3, n0, _SMKESC,
    0,
    [_CGI, _SRC, _CM],
    [0, () => KafkaSchemaRegistryConfig$, 0]
];
var SendDurableExecutionCallbackFailureRequest$ = [3, n0, _SDECFR,
    0,
    [_CI, _E],
    [[0, 1], [() => ErrorObject$, 16]], 1
];
var SendDurableExecutionCallbackFailureResponse$ = [3, n0, _SDECFRe,
    0,
    [],
    []
];
var SendDurableExecutionCallbackHeartbeatRequest$ = [3, n0, _SDECHR,
    0,
    [_CI],
    [[0, 1]], 1
];
var SendDurableExecutionCallbackHeartbeatResponse$ = [3, n0, _SDECHRe,
    0,
    [],
    []
];
var SendDurableExecutionCallbackSuccessRequest$ = [3, n0, _SDECSR,
    0,
    [_CI, _Re],
    [[0, 1], [() => BinaryOperationPayload, 16]], 1
];
var SendDurableExecutionCallbackSuccessResponse$ = [3, n0, _SDECSRe,
    0,
    [],
    []
];
var SnapStart$ = [3, n0, _SSn,
    0,
    [_AOp],
    [0]
];
var SnapStartResponse$ = [3, n0, _SSR,
    0,
    [_AOp, _OSp],
    [0, 0]
];
var SourceAccessConfiguration$ = [3, n0, _SACo,
    0,
    [_T, _URI],
    [0, 0]
];
var StepDetails$ = [3, n0, _SD,
    0,
    [_Att, _NAT, _Re, _E],
    [1, 4, [() => OperationPayload, 0], [() => ErrorObject$, 0]]
];
var StepFailedDetails$ = [3, n0, _SFD,
    0,
    [_E, _RD],
    [[() => EventError$, 0], () => RetryDetails$], 2
];
var StepOptions$ = [3, n0, _SO,
    0,
    [_NADS],
    [1]
];
var StepStartedDetails$ = [3, n0, _SSD,
    0,
    [],
    []
];
var StepSucceededDetails$ = [3, n0, _SSDt,
    0,
    [_Re, _RD],
    [[() => EventResult$, 0], () => RetryDetails$], 2
];
var StopDurableExecutionRequest$ = [3, n0, _SDER,
    0,
    [_DEA, _E],
    [[0, 1], [() => ErrorObject$, 16]], 1
];
var StopDurableExecutionResponse$ = [3, n0, _SDERt,
    0,
    [_STto],
    [4], 1
];
var TagResourceRequest$ = [3, n0, _TRR,
    0,
    [_Res, _Ta],
    [[0, 1], 128 | 0], 2
];
var TagsError$ = [3, n0, _TE,
    0,
    [_EC, _M],
    [0, 0], 2
];
var TargetTrackingScalingPolicy$ = [3, n0, _TTSP,
    0,
    [_PMT, _TV],
    [0, 1], 2
];
var TenancyConfig$ = [3, n0, _TCe,
    0,
    [_TIM],
    [0], 1
];
var TraceHeader$ = [3, n0, _TH,
    0,
    [_XATI],
    [0]
];
var TracingConfig$ = [3, n0, _TCr,
    0,
    [_Mo],
    [0]
];
var TracingConfigResponse$ = [3, n0, _TCR,
    0,
    [_Mo],
    [0]
];
var UntagResourceRequest$ = [3, n0, _URR,
    0,
    [_Res, _TK],
    [[0, 1], [() => TagKeyList, { [_hQ]: _tK }]], 2
];
var UpdateAliasRequest$ = [3, n0, _UAR,
    0,
    [_FN, _N, _FV, _D, _RC, _RI],
    [[0, 1], [0, 1], 0, 0, () => AliasRoutingConfiguration$, 0], 2
];
var UpdateCapacityProviderRequest$ = [3, n0, _UCPR,
    0,
    [_CPN, _CPSC, _PT, _TC],
    [[0, 1], () => CapacityProviderScalingConfig$, () => PropagateTags$, () => CapacityProviderTelemetryConfig$], 1
];
var UpdateCapacityProviderResponse$ = [3, n0, _UCPRp,
    0,
    [_CP],
    [() => CapacityProvider$], 1
];
var UpdateCodeSigningConfigRequest$ = [3, n0, _UCSCR,
    0,
    [_CSCA, _D, _AP, _CSP],
    [[0, 1], 0, () => AllowedPublishers$, () => CodeSigningPolicies$], 1
];
var UpdateCodeSigningConfigResponse$ = [3, n0, _UCSCRp,
    0,
    [_CSC],
    [() => CodeSigningConfig$], 1
];
var UpdateEventSourceMappingRequest$ = [3, n0, _UESMR,
    0,
    [_UUID, _FN, _En, _BSa, _FCi, _KMSKA, _MC, _LC, _SC, _MBWIS, _PF, _DC, _MRAIS, _BBOFE, _MRA, _TWIS, _SAC, _FRT, _AMKESC, _SMKESC, _DDBESC, _PPC],
    [[0, 1], 0, 2, 1, () => FilterCriteria$, 0, () => EventSourceMappingMetricsConfig$, () => EventSourceMappingLoggingConfig$, () => ScalingConfig$, 1, 1, () => DestinationConfig$, 1, 2, 1, 1, () => SourceAccessConfigurations, 64 | 0, () => AmazonManagedKafkaEventSourceConfig$, () => SelfManagedKafkaEventSourceConfig$, () => DocumentDBEventSourceConfig$, () => ProvisionedPollerConfig$], 1
];
var UpdateFunctionCodeRequest$ = [3, n0, _UFCR,
    0,
    [_FN, _ZF, _SB, _SK, _SOV, _SOSM, _IU, _Ar, _Pu, _PTu, _DR, _RI, _SKMSKA],
    [[0, 1], [() => _Blob, 0], 0, 0, 0, 0, 0, 64 | 0, 2, 0, 2, 0, 0], 1
];
var UpdateFunctionConfigurationRequest$ = [3, n0, _UFCRp,
    0,
    [_FN, _Ro, _H, _D, _Ti, _MS, _VC, _Env, _Ru, _DLC, _KMSKA, _TCr, _RI, _L, _FSC, _IC, _ES, _SSn, _LC, _CPC, _DCu],
    [[0, 1], 0, 0, 0, 1, 1, () => VpcConfig$, [() => Environment$, 0], 0, () => DeadLetterConfig$, 0, () => TracingConfig$, 0, 64 | 0, () => FileSystemConfigList, () => ImageConfig$, () => EphemeralStorage$, () => SnapStart$, () => LoggingConfig$, () => CapacityProviderConfig$, () => DurableConfig$], 1
];
var UpdateFunctionEventInvokeConfigRequest$ = [3, n0, _UFEICR,
    0,
    [_FN, _Q, _MRA, _MEAIS, _DC],
    [[0, 1], [0, { [_hQ]: _Q }], 1, 1, () => DestinationConfig$], 1
];
var UpdateFunctionUrlConfigRequest$ = [3, n0, _UFUCR,
    0,
    [_FN, _Q, _AT, _Co, _IM],
    [[0, 1], [0, { [_hQ]: _Q }], 0, () => Cors$, 0], 1
];
var UpdateFunctionUrlConfigResponse$ = [3, n0, _UFUCRp,
    0,
    [_FU, _FA, _AT, _CTr, _LMT, _Co, _IM],
    [0, 0, 0, 0, 0, () => Cors$, 0], 5
];
var VpcConfig$ = [3, n0, _VC,
    0,
    [_SIu, _SGI, _IAFDS],
    [64 | 0, 64 | 0, 2]
];
var VpcConfigResponse$ = [3, n0, _VCR,
    0,
    [_SIu, _SGI, _VI, _IAFDS],
    [64 | 0, 64 | 0, 0, 2]
];
var WaitCancelledDetails$ = [3, n0, _WCD,
    0,
    [_E],
    [[() => EventError$, 0]]
];
var WaitDetails$ = [3, n0, _WDa,
    0,
    [_SET],
    [4]
];
var WaitOptions$ = [3, n0, _WO,
    0,
    [_WS],
    [1]
];
var WaitStartedDetails$ = [3, n0, _WSD,
    0,
    [_Du, _SET],
    [1, 4], 2
];
var WaitSucceededDetails$ = [3, n0, _WSDa,
    0,
    [_Du],
    [1]
];
var __Unit = "unit";
var AliasList = [1, n0, _ALl,
    0, () => AliasConfiguration$
];
var CapacityProviderScalingPoliciesList = [1, n0, _CPSPL,
    0, () => TargetTrackingScalingPolicy$
];
var CapacityProvidersList = [1, n0, _CPL,
    0, () => CapacityProvider$
];
var CodeSigningConfigList = [1, n0, _CSCL,
    0, () => CodeSigningConfig$
];
var DurableExecutions = [1, n0, _DE,
    0, () => Execution$
];
var Events = [1, n0, _Eve,
    0, [() => Event$,
        0]
];
var EventSourceMappingsList = [1, n0, _ESML,
    0, () => EventSourceMappingConfiguration$
];
var FileSystemConfigList = [1, n0, _FSCL,
    0, () => FileSystemConfig$
];
var FilterList = [1, n0, _FL,
    0, () => Filter$
];
var FunctionEventInvokeConfigList = [1, n0, _FEICL,
    0, () => FunctionEventInvokeConfig$
];
var FunctionList = [1, n0, _FLu,
    0, [() => FunctionConfiguration$,
        0]
];
var FunctionUrlConfigList = [1, n0, _FUCL,
    0, () => FunctionUrlConfig$
];
var FunctionVersionsByCapacityProviderList = [1, n0, _FVBCPL,
    0, () => FunctionVersionsByCapacityProviderListItem$
];
var KafkaSchemaRegistryAccessConfigList = [1, n0, _KSRACL,
    0, () => KafkaSchemaRegistryAccessConfig$
];
var KafkaSchemaValidationConfigList = [1, n0, _KSVCL,
    0, () => KafkaSchemaValidationConfig$
];
var LayersList = [1, n0, _LL,
    0, () => LayersListItem$
];
var LayersReferenceList = [1, n0, _LRL,
    0, () => Layer$
];
var LayerVersionsList = [1, n0, _LVL,
    0, () => LayerVersionsListItem$
];
var Operations = [1, n0, _O,
    0, [() => Operation$,
        0]
];
var OperationUpdates = [1, n0, _OUp,
    0, [() => OperationUpdate$,
        0]
];
var ProvisionedConcurrencyConfigList = [1, n0, _PCCL,
    0, () => ProvisionedConcurrencyConfigListItem$
];
var SourceAccessConfigurations = [1, n0, _SAC,
    0, () => SourceAccessConfiguration$
];
var StackTraceEntries = [1, n0, _STEt,
    0, [() => StackTraceEntry,
        0]
];
var TagKeyList = [1, n0, _TKL,
    0, [0,
        { [_xN]: _K }]
];
var EnvironmentVariables = [2, n0, _EVn,
    8, [() => EnvironmentVariableName,
        0],
    [() => EnvironmentVariableValue,
        0]
];
var InvokeWithResponseStreamResponseEvent$ = [4, n0, _IWRSRE,
    { [_st]: 1 },
    [_PCa, _ICn],
    [[() => InvokeResponseStreamUpdate$, 0], () => InvokeWithResponseStreamCompleteEvent$]
];
var AddLayerVersionPermission$ = [9, n0, _ALVP,
    { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 201] }, () => AddLayerVersionPermissionRequest$, () => AddLayerVersionPermissionResponse$
];
var AddPermission$ = [9, n0, _APd,
    { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/policy", 201] }, () => AddPermissionRequest$, () => AddPermissionResponse$
];
var CheckpointDurableExecution$ = [9, n0, _CDE,
    { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint", 200] }, () => CheckpointDurableExecutionRequest$, () => CheckpointDurableExecutionResponse$
];
var CreateAlias$ = [9, n0, _CAr,
    { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/aliases", 201] }, () => CreateAliasRequest$, () => AliasConfiguration$
];
var CreateCapacityProvider$ = [9, n0, _CCP,
    { [_h]: ["POST", "/2025-11-30/capacity-providers", 202] }, () => CreateCapacityProviderRequest$, () => CreateCapacityProviderResponse$
];
var CreateCodeSigningConfig$ = [9, n0, _CCSC,
    { [_h]: ["POST", "/2020-04-22/code-signing-configs", 201] }, () => CreateCodeSigningConfigRequest$, () => CreateCodeSigningConfigResponse$
];
var CreateEventSourceMapping$ = [9, n0, _CESM,
    { [_h]: ["POST", "/2015-03-31/event-source-mappings", 202] }, () => CreateEventSourceMappingRequest$, () => EventSourceMappingConfiguration$
];
var CreateFunction$ = [9, n0, _CF,
    { [_h]: ["POST", "/2015-03-31/functions", 201] }, () => CreateFunctionRequest$, () => FunctionConfiguration$
];
var CreateFunctionUrlConfig$ = [9, n0, _CFUC,
    { [_h]: ["POST", "/2021-10-31/functions/{FunctionName}/url", 201] }, () => CreateFunctionUrlConfigRequest$, () => CreateFunctionUrlConfigResponse$
];
var DeleteAlias$ = [9, n0, _DA,
    { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 204] }, () => DeleteAliasRequest$, () => __Unit
];
var DeleteCapacityProvider$ = [9, n0, _DCP,
    { [_h]: ["DELETE", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] }, () => DeleteCapacityProviderRequest$, () => DeleteCapacityProviderResponse$
];
var DeleteCodeSigningConfig$ = [9, n0, _DCSC,
    { [_h]: ["DELETE", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 204] }, () => DeleteCodeSigningConfigRequest$, () => DeleteCodeSigningConfigResponse$
];
var DeleteEventSourceMapping$ = [9, n0, _DESM,
    { [_h]: ["DELETE", "/2015-03-31/event-source-mappings/{UUID}", 202] }, () => DeleteEventSourceMappingRequest$, () => EventSourceMappingConfiguration$
];
var DeleteFunction$ = [9, n0, _DF,
    { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}", 200] }, () => DeleteFunctionRequest$, () => DeleteFunctionResponse$
];
var DeleteFunctionCodeSigningConfig$ = [9, n0, _DFCSC,
    { [_h]: ["DELETE", "/2020-06-30/functions/{FunctionName}/code-signing-config", 204] }, () => DeleteFunctionCodeSigningConfigRequest$, () => __Unit
];
var DeleteFunctionConcurrency$ = [9, n0, _DFC,
    { [_h]: ["DELETE", "/2017-10-31/functions/{FunctionName}/concurrency", 204] }, () => DeleteFunctionConcurrencyRequest$, () => __Unit
];
var DeleteFunctionEventInvokeConfig$ = [9, n0, _DFEIC,
    { [_h]: ["DELETE", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 204] }, () => DeleteFunctionEventInvokeConfigRequest$, () => __Unit
];
var DeleteFunctionUrlConfig$ = [9, n0, _DFUC,
    { [_h]: ["DELETE", "/2021-10-31/functions/{FunctionName}/url", 204] }, () => DeleteFunctionUrlConfigRequest$, () => __Unit
];
var DeleteLayerVersion$ = [9, n0, _DLV,
    { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 204] }, () => DeleteLayerVersionRequest$, () => __Unit
];
var DeleteProvisionedConcurrencyConfig$ = [9, n0, _DPCC,
    { [_h]: ["DELETE", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 204] }, () => DeleteProvisionedConcurrencyConfigRequest$, () => __Unit
];
var DeleteResourcePolicy$ = [9, n0, _DRP,
    { [_h]: ["DELETE", "/2026-07-09/resource-policy/{ResourceArn}", 204] }, () => DeleteResourcePolicyRequest$, () => __Unit
];
var GetAccountSettings$ = [9, n0, _GAS,
    { [_h]: ["GET", "/2016-08-19/account-settings", 200] }, () => GetAccountSettingsRequest$, () => GetAccountSettingsResponse$
];
var GetAlias$ = [9, n0, _GA,
    { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] }, () => GetAliasRequest$, () => AliasConfiguration$
];
var GetCapacityProvider$ = [9, n0, _GCP,
    { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}", 200] }, () => GetCapacityProviderRequest$, () => GetCapacityProviderResponse$
];
var GetCodeSigningConfig$ = [9, n0, _GCSC,
    { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] }, () => GetCodeSigningConfigRequest$, () => GetCodeSigningConfigResponse$
];
var GetDurableExecution$ = [9, n0, _GDE,
    { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}", 200] }, () => GetDurableExecutionRequest$, () => GetDurableExecutionResponse$
];
var GetDurableExecutionHistory$ = [9, n0, _GDEH,
    { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/history", 200] }, () => GetDurableExecutionHistoryRequest$, () => GetDurableExecutionHistoryResponse$
];
var GetDurableExecutionState$ = [9, n0, _GDES,
    { [_h]: ["GET", "/2025-12-01/durable-executions/{DurableExecutionArn}/state", 200] }, () => GetDurableExecutionStateRequest$, () => GetDurableExecutionStateResponse$
];
var GetEventSourceMapping$ = [9, n0, _GESM,
    { [_h]: ["GET", "/2015-03-31/event-source-mappings/{UUID}", 200] }, () => GetEventSourceMappingRequest$, () => EventSourceMappingConfiguration$
];
var GetFunction$ = [9, n0, _GF,
    { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}", 200] }, () => GetFunctionRequest$, () => GetFunctionResponse$
];
var GetFunctionCodeSigningConfig$ = [9, n0, _GFCSC,
    { [_h]: ["GET", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] }, () => GetFunctionCodeSigningConfigRequest$, () => GetFunctionCodeSigningConfigResponse$
];
var GetFunctionConcurrency$ = [9, n0, _GFC,
    { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/concurrency", 200] }, () => GetFunctionConcurrencyRequest$, () => GetFunctionConcurrencyResponse$
];
var GetFunctionConfiguration$ = [9, n0, _GFCe,
    { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/configuration", 200] }, () => GetFunctionConfigurationRequest$, () => FunctionConfiguration$
];
var GetFunctionEventInvokeConfig$ = [9, n0, _GFEIC,
    { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] }, () => GetFunctionEventInvokeConfigRequest$, () => FunctionEventInvokeConfig$
];
var GetFunctionRecursionConfig$ = [9, n0, _GFRC,
    { [_h]: ["GET", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] }, () => GetFunctionRecursionConfigRequest$, () => GetFunctionRecursionConfigResponse$
];
var GetFunctionScalingConfig$ = [9, n0, _GFSC,
    { [_h]: ["GET", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 200] }, () => GetFunctionScalingConfigRequest$, () => GetFunctionScalingConfigResponse$
];
var GetFunctionUrlConfig$ = [9, n0, _GFUC,
    { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/url", 200] }, () => GetFunctionUrlConfigRequest$, () => GetFunctionUrlConfigResponse$
];
var GetLayerVersion$ = [9, n0, _GLV,
    { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}", 200] }, () => GetLayerVersionRequest$, () => GetLayerVersionResponse$
];
var GetLayerVersionByArn$ = [9, n0, _GLVBA,
    { [_h]: ["GET", "/2018-10-31/layers?find=LayerVersion", 200] }, () => GetLayerVersionByArnRequest$, () => GetLayerVersionResponse$
];
var GetLayerVersionPolicy$ = [9, n0, _GLVP,
    { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy", 200] }, () => GetLayerVersionPolicyRequest$, () => GetLayerVersionPolicyResponse$
];
var GetPolicy$ = [9, n0, _GP,
    { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/policy", 200] }, () => GetPolicyRequest$, () => GetPolicyResponse$
];
var GetProvisionedConcurrencyConfig$ = [9, n0, _GPCC,
    { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 200] }, () => GetProvisionedConcurrencyConfigRequest$, () => GetProvisionedConcurrencyConfigResponse$
];
var GetResourcePolicy$ = [9, n0, _GRP,
    { [_h]: ["GET", "/2026-07-09/resource-policy/{ResourceArn}", 200] }, () => GetResourcePolicyRequest$, () => GetResourcePolicyResponse$
];
var GetRuntimeManagementConfig$ = [9, n0, _GRMC,
    { [_h]: ["GET", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] }, () => GetRuntimeManagementConfigRequest$, () => GetRuntimeManagementConfigResponse$
];
var Invoke$ = [9, n0, _In,
    { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/invocations", 200] }, () => InvocationRequest$, () => InvocationResponse$
];
var InvokeAsync$ = [9, n0, _IAn,
    { [_h]: ["POST", "/2014-11-13/functions/{FunctionName}/invoke-async", 202] }, () => InvokeAsyncRequest$, () => InvokeAsyncResponse$
];
var InvokeWithResponseStream$ = [9, n0, _IWRS,
    { [_h]: ["POST", "/2021-11-15/functions/{FunctionName}/response-streaming-invocations", 200] }, () => InvokeWithResponseStreamRequest$, () => InvokeWithResponseStreamResponse$
];
var ListAliases$ = [9, n0, _LAi,
    { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/aliases", 200] }, () => ListAliasesRequest$, () => ListAliasesResponse$
];
var ListCapacityProviders$ = [9, n0, _LCP,
    { [_h]: ["GET", "/2025-11-30/capacity-providers", 200] }, () => ListCapacityProvidersRequest$, () => ListCapacityProvidersResponse$
];
var ListCodeSigningConfigs$ = [9, n0, _LCSC,
    { [_h]: ["GET", "/2020-04-22/code-signing-configs", 200] }, () => ListCodeSigningConfigsRequest$, () => ListCodeSigningConfigsResponse$
];
var ListDurableExecutionsByFunction$ = [9, n0, _LDEBF,
    { [_h]: ["GET", "/2025-12-01/functions/{FunctionName}/durable-executions", 200] }, () => ListDurableExecutionsByFunctionRequest$, () => ListDurableExecutionsByFunctionResponse$
];
var ListEventSourceMappings$ = [9, n0, _LESM,
    { [_h]: ["GET", "/2015-03-31/event-source-mappings", 200] }, () => ListEventSourceMappingsRequest$, () => ListEventSourceMappingsResponse$
];
var ListFunctionEventInvokeConfigs$ = [9, n0, _LFEIC,
    { [_h]: ["GET", "/2019-09-25/functions/{FunctionName}/event-invoke-config/list", 200] }, () => ListFunctionEventInvokeConfigsRequest$, () => ListFunctionEventInvokeConfigsResponse$
];
var ListFunctions$ = [9, n0, _LFi,
    { [_h]: ["GET", "/2015-03-31/functions", 200] }, () => ListFunctionsRequest$, () => ListFunctionsResponse$
];
var ListFunctionsByCodeSigningConfig$ = [9, n0, _LFBCSC,
    { [_h]: ["GET", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions", 200] }, () => ListFunctionsByCodeSigningConfigRequest$, () => ListFunctionsByCodeSigningConfigResponse$
];
var ListFunctionUrlConfigs$ = [9, n0, _LFUC,
    { [_h]: ["GET", "/2021-10-31/functions/{FunctionName}/urls", 200] }, () => ListFunctionUrlConfigsRequest$, () => ListFunctionUrlConfigsResponse$
];
var ListFunctionVersionsByCapacityProvider$ = [9, n0, _LFVBCP,
    { [_h]: ["GET", "/2025-11-30/capacity-providers/{CapacityProviderName}/function-versions", 200] }, () => ListFunctionVersionsByCapacityProviderRequest$, () => ListFunctionVersionsByCapacityProviderResponse$
];
var ListLayers$ = [9, n0, _LLi,
    { [_h]: ["GET", "/2018-10-31/layers", 200] }, () => ListLayersRequest$, () => ListLayersResponse$
];
var ListLayerVersions$ = [9, n0, _LLV,
    { [_h]: ["GET", "/2018-10-31/layers/{LayerName}/versions", 200] }, () => ListLayerVersionsRequest$, () => ListLayerVersionsResponse$
];
var ListProvisionedConcurrencyConfigs$ = [9, n0, _LPCC,
    { [_h]: ["GET", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL", 200] }, () => ListProvisionedConcurrencyConfigsRequest$, () => ListProvisionedConcurrencyConfigsResponse$
];
var ListTags$ = [9, n0, _LTi,
    { [_h]: ["GET", "/2017-03-31/tags/{Resource}", 200] }, () => ListTagsRequest$, () => ListTagsResponse$
];
var ListVersionsByFunction$ = [9, n0, _LVBF,
    { [_h]: ["GET", "/2015-03-31/functions/{FunctionName}/versions", 200] }, () => ListVersionsByFunctionRequest$, () => ListVersionsByFunctionResponse$
];
var PublishLayerVersion$ = [9, n0, _PLV,
    { [_h]: ["POST", "/2018-10-31/layers/{LayerName}/versions", 201] }, () => PublishLayerVersionRequest$, () => PublishLayerVersionResponse$
];
var PublishVersion$ = [9, n0, _PV,
    { [_h]: ["POST", "/2015-03-31/functions/{FunctionName}/versions", 201] }, () => PublishVersionRequest$, () => FunctionConfiguration$
];
var PutFunctionCodeSigningConfig$ = [9, n0, _PFCSC,
    { [_h]: ["PUT", "/2020-06-30/functions/{FunctionName}/code-signing-config", 200] }, () => PutFunctionCodeSigningConfigRequest$, () => PutFunctionCodeSigningConfigResponse$
];
var PutFunctionConcurrency$ = [9, n0, _PFC,
    { [_h]: ["PUT", "/2017-10-31/functions/{FunctionName}/concurrency", 200] }, () => PutFunctionConcurrencyRequest$, () => Concurrency$
];
var PutFunctionEventInvokeConfig$ = [9, n0, _PFEIC,
    { [_h]: ["PUT", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] }, () => PutFunctionEventInvokeConfigRequest$, () => FunctionEventInvokeConfig$
];
var PutFunctionRecursionConfig$ = [9, n0, _PFRC,
    { [_h]: ["PUT", "/2024-08-31/functions/{FunctionName}/recursion-config", 200] }, () => PutFunctionRecursionConfigRequest$, () => PutFunctionRecursionConfigResponse$
];
var PutFunctionScalingConfig$ = [9, n0, _PFSC,
    { [_h]: ["PUT", "/2025-11-30/functions/{FunctionName}/function-scaling-config", 202] }, () => PutFunctionScalingConfigRequest$, () => PutFunctionScalingConfigResponse$
];
var PutProvisionedConcurrencyConfig$ = [9, n0, _PPCC,
    { [_h]: ["PUT", "/2019-09-30/functions/{FunctionName}/provisioned-concurrency", 202] }, () => PutProvisionedConcurrencyConfigRequest$, () => PutProvisionedConcurrencyConfigResponse$
];
var PutResourcePolicy$ = [9, n0, _PRP,
    { [_h]: ["PUT", "/2026-07-09/resource-policy/{ResourceArn}", 200] }, () => PutResourcePolicyRequest$, () => PutResourcePolicyResponse$
];
var PutRuntimeManagementConfig$ = [9, n0, _PRMC,
    { [_h]: ["PUT", "/2021-07-20/functions/{FunctionName}/runtime-management-config", 200] }, () => PutRuntimeManagementConfigRequest$, () => PutRuntimeManagementConfigResponse$
];
var RemoveLayerVersionPermission$ = [9, n0, _RLVP,
    { [_h]: ["DELETE", "/2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}", 204] }, () => RemoveLayerVersionPermissionRequest$, () => __Unit
];
var RemovePermission$ = [9, n0, _RP,
    { [_h]: ["DELETE", "/2015-03-31/functions/{FunctionName}/policy/{StatementId}", 204] }, () => RemovePermissionRequest$, () => __Unit
];
var SendDurableExecutionCallbackFailure$ = [9, n0, _SDECF,
    { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/fail", 200] }, () => SendDurableExecutionCallbackFailureRequest$, () => SendDurableExecutionCallbackFailureResponse$
];
var SendDurableExecutionCallbackHeartbeat$ = [9, n0, _SDECH,
    { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat", 200] }, () => SendDurableExecutionCallbackHeartbeatRequest$, () => SendDurableExecutionCallbackHeartbeatResponse$
];
var SendDurableExecutionCallbackSuccess$ = [9, n0, _SDECS,
    { [_h]: ["POST", "/2025-12-01/durable-execution-callbacks/{CallbackId}/succeed", 200] }, () => SendDurableExecutionCallbackSuccessRequest$, () => SendDurableExecutionCallbackSuccessResponse$
];
var StopDurableExecution$ = [9, n0, _SDE,
    { [_h]: ["POST", "/2025-12-01/durable-executions/{DurableExecutionArn}/stop", 200] }, () => StopDurableExecutionRequest$, () => StopDurableExecutionResponse$
];
var TagResource$ = [9, n0, _TR,
    { [_h]: ["POST", "/2017-03-31/tags/{Resource}", 204] }, () => TagResourceRequest$, () => __Unit
];
var UntagResource$ = [9, n0, _UR,
    { [_h]: ["DELETE", "/2017-03-31/tags/{Resource}", 204] }, () => UntagResourceRequest$, () => __Unit
];
var UpdateAlias$ = [9, n0, _UA,
    { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/aliases/{Name}", 200] }, () => UpdateAliasRequest$, () => AliasConfiguration$
];
var UpdateCapacityProvider$ = [9, n0, _UCP,
    { [_h]: ["PUT", "/2025-11-30/capacity-providers/{CapacityProviderName}", 202] }, () => UpdateCapacityProviderRequest$, () => UpdateCapacityProviderResponse$
];
var UpdateCodeSigningConfig$ = [9, n0, _UCSC,
    { [_h]: ["PUT", "/2020-04-22/code-signing-configs/{CodeSigningConfigArn}", 200] }, () => UpdateCodeSigningConfigRequest$, () => UpdateCodeSigningConfigResponse$
];
var UpdateEventSourceMapping$ = [9, n0, _UESM,
    { [_h]: ["PUT", "/2015-03-31/event-source-mappings/{UUID}", 202] }, () => UpdateEventSourceMappingRequest$, () => EventSourceMappingConfiguration$
];
var UpdateFunctionCode$ = [9, n0, _UFC,
    { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/code", 200] }, () => UpdateFunctionCodeRequest$, () => FunctionConfiguration$
];
var UpdateFunctionConfiguration$ = [9, n0, _UFCp,
    { [_h]: ["PUT", "/2015-03-31/functions/{FunctionName}/configuration", 200] }, () => UpdateFunctionConfigurationRequest$, () => FunctionConfiguration$
];
var UpdateFunctionEventInvokeConfig$ = [9, n0, _UFEIC,
    { [_h]: ["POST", "/2019-09-25/functions/{FunctionName}/event-invoke-config", 200] }, () => UpdateFunctionEventInvokeConfigRequest$, () => FunctionEventInvokeConfig$
];
var UpdateFunctionUrlConfig$ = [9, n0, _UFUC,
    { [_h]: ["PUT", "/2021-10-31/functions/{FunctionName}/url", 200] }, () => UpdateFunctionUrlConfigRequest$, () => UpdateFunctionUrlConfigResponse$
];

const getRuntimeConfig$1 = (config) => {
    return {
        apiVersion: "2015-03-31",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultLambdaHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new AwsSdkSigV4Signer(),
            },
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.lambda",
            errorTypeRegistries,
            version: "2015-03-31",
            serviceTarget: "AWSGirApiService",
        },
        serviceId: config?.serviceId ?? "Lambda",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8,
    };
};

const getRuntimeConfig = (config) => {
    emitWarningIfUnsupportedVersion(process.version);
    const defaultsMode = resolveDefaultsModeConfig(config);
    const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig$1(config);
    emitWarningIfUnsupportedVersion$1(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? eventStreamSerdeProvider,
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ??
            loadConfig({
                ...NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE,
            }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

class LambdaClient extends Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveEventStreamSerdeConfig(_config_6);
        const _config_8 = resolveHttpAuthSchemeConfig(_config_7);
        const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
        this.config = _config_9;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
            httpAuthSchemeParametersProvider: defaultLambdaHttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
            }),
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
    }
    destroy() {
        super.destroy();
    }
}

const command = makeBuilder(commonParams, "AWSGirApiService", "LambdaClient", getEndpointPlugin);
const _ep0 = {};
const _mw0 = (Command, cs, config, o) => [];

class AddLayerVersionPermissionCommand extends command(_ep0, _mw0, "AddLayerVersionPermission", AddLayerVersionPermission$) {
}

class AddPermissionCommand extends command(_ep0, _mw0, "AddPermission", AddPermission$) {
}

class CheckpointDurableExecutionCommand extends command(_ep0, _mw0, "CheckpointDurableExecution", CheckpointDurableExecution$) {
}

class CreateAliasCommand extends command(_ep0, _mw0, "CreateAlias", CreateAlias$) {
}

class CreateCapacityProviderCommand extends command(_ep0, _mw0, "CreateCapacityProvider", CreateCapacityProvider$) {
}

class CreateCodeSigningConfigCommand extends command(_ep0, _mw0, "CreateCodeSigningConfig", CreateCodeSigningConfig$) {
}

class CreateEventSourceMappingCommand extends command(_ep0, _mw0, "CreateEventSourceMapping", CreateEventSourceMapping$) {
}

class CreateFunctionCommand extends command(_ep0, _mw0, "CreateFunction", CreateFunction$) {
}

class CreateFunctionUrlConfigCommand extends command(_ep0, _mw0, "CreateFunctionUrlConfig", CreateFunctionUrlConfig$) {
}

class DeleteAliasCommand extends command(_ep0, _mw0, "DeleteAlias", DeleteAlias$) {
}

class DeleteCapacityProviderCommand extends command(_ep0, _mw0, "DeleteCapacityProvider", DeleteCapacityProvider$) {
}

class DeleteCodeSigningConfigCommand extends command(_ep0, _mw0, "DeleteCodeSigningConfig", DeleteCodeSigningConfig$) {
}

class DeleteEventSourceMappingCommand extends command(_ep0, _mw0, "DeleteEventSourceMapping", DeleteEventSourceMapping$) {
}

class DeleteFunctionCodeSigningConfigCommand extends command(_ep0, _mw0, "DeleteFunctionCodeSigningConfig", DeleteFunctionCodeSigningConfig$) {
}

class DeleteFunctionCommand extends command(_ep0, _mw0, "DeleteFunction", DeleteFunction$) {
}

class DeleteFunctionConcurrencyCommand extends command(_ep0, _mw0, "DeleteFunctionConcurrency", DeleteFunctionConcurrency$) {
}

class DeleteFunctionEventInvokeConfigCommand extends command(_ep0, _mw0, "DeleteFunctionEventInvokeConfig", DeleteFunctionEventInvokeConfig$) {
}

class DeleteFunctionUrlConfigCommand extends command(_ep0, _mw0, "DeleteFunctionUrlConfig", DeleteFunctionUrlConfig$) {
}

class DeleteLayerVersionCommand extends command(_ep0, _mw0, "DeleteLayerVersion", DeleteLayerVersion$) {
}

class DeleteProvisionedConcurrencyConfigCommand extends command(_ep0, _mw0, "DeleteProvisionedConcurrencyConfig", DeleteProvisionedConcurrencyConfig$) {
}

class DeleteResourcePolicyCommand extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
}

class GetAccountSettingsCommand extends command(_ep0, _mw0, "GetAccountSettings", GetAccountSettings$) {
}

class GetAliasCommand extends command(_ep0, _mw0, "GetAlias", GetAlias$) {
}

class GetCapacityProviderCommand extends command(_ep0, _mw0, "GetCapacityProvider", GetCapacityProvider$) {
}

class GetCodeSigningConfigCommand extends command(_ep0, _mw0, "GetCodeSigningConfig", GetCodeSigningConfig$) {
}

class GetDurableExecutionCommand extends command(_ep0, _mw0, "GetDurableExecution", GetDurableExecution$) {
}

class GetDurableExecutionHistoryCommand extends command(_ep0, _mw0, "GetDurableExecutionHistory", GetDurableExecutionHistory$) {
}

class GetDurableExecutionStateCommand extends command(_ep0, _mw0, "GetDurableExecutionState", GetDurableExecutionState$) {
}

class GetEventSourceMappingCommand extends command(_ep0, _mw0, "GetEventSourceMapping", GetEventSourceMapping$) {
}

class GetFunctionCodeSigningConfigCommand extends command(_ep0, _mw0, "GetFunctionCodeSigningConfig", GetFunctionCodeSigningConfig$) {
}

class GetFunctionCommand extends command(_ep0, _mw0, "GetFunction", GetFunction$) {
}

class GetFunctionConcurrencyCommand extends command(_ep0, _mw0, "GetFunctionConcurrency", GetFunctionConcurrency$) {
}

class GetFunctionConfigurationCommand extends command(_ep0, _mw0, "GetFunctionConfiguration", GetFunctionConfiguration$) {
}

class GetFunctionEventInvokeConfigCommand extends command(_ep0, _mw0, "GetFunctionEventInvokeConfig", GetFunctionEventInvokeConfig$) {
}

class GetFunctionRecursionConfigCommand extends command(_ep0, _mw0, "GetFunctionRecursionConfig", GetFunctionRecursionConfig$) {
}

class GetFunctionScalingConfigCommand extends command(_ep0, _mw0, "GetFunctionScalingConfig", GetFunctionScalingConfig$) {
}

class GetFunctionUrlConfigCommand extends command(_ep0, _mw0, "GetFunctionUrlConfig", GetFunctionUrlConfig$) {
}

class GetLayerVersionByArnCommand extends command(_ep0, _mw0, "GetLayerVersionByArn", GetLayerVersionByArn$) {
}

class GetLayerVersionCommand extends command(_ep0, _mw0, "GetLayerVersion", GetLayerVersion$) {
}

class GetLayerVersionPolicyCommand extends command(_ep0, _mw0, "GetLayerVersionPolicy", GetLayerVersionPolicy$) {
}

class GetPolicyCommand extends command(_ep0, _mw0, "GetPolicy", GetPolicy$) {
}

class GetProvisionedConcurrencyConfigCommand extends command(_ep0, _mw0, "GetProvisionedConcurrencyConfig", GetProvisionedConcurrencyConfig$) {
}

class GetResourcePolicyCommand extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
}

class GetRuntimeManagementConfigCommand extends command(_ep0, _mw0, "GetRuntimeManagementConfig", GetRuntimeManagementConfig$) {
}

class InvokeAsyncCommand extends command(_ep0, _mw0, "InvokeAsync", InvokeAsync$) {
}

class InvokeCommand extends command(_ep0, _mw0, "Invoke", Invoke$) {
}

class InvokeWithResponseStreamCommand extends command(_ep0, _mw0, "InvokeWithResponseStream", InvokeWithResponseStream$) {
}

class ListAliasesCommand extends command(_ep0, _mw0, "ListAliases", ListAliases$) {
}

class ListCapacityProvidersCommand extends command(_ep0, _mw0, "ListCapacityProviders", ListCapacityProviders$) {
}

class ListCodeSigningConfigsCommand extends command(_ep0, _mw0, "ListCodeSigningConfigs", ListCodeSigningConfigs$) {
}

class ListDurableExecutionsByFunctionCommand extends command(_ep0, _mw0, "ListDurableExecutionsByFunction", ListDurableExecutionsByFunction$) {
}

class ListEventSourceMappingsCommand extends command(_ep0, _mw0, "ListEventSourceMappings", ListEventSourceMappings$) {
}

class ListFunctionEventInvokeConfigsCommand extends command(_ep0, _mw0, "ListFunctionEventInvokeConfigs", ListFunctionEventInvokeConfigs$) {
}

class ListFunctionsByCodeSigningConfigCommand extends command(_ep0, _mw0, "ListFunctionsByCodeSigningConfig", ListFunctionsByCodeSigningConfig$) {
}

class ListFunctionsCommand extends command(_ep0, _mw0, "ListFunctions", ListFunctions$) {
}

class ListFunctionUrlConfigsCommand extends command(_ep0, _mw0, "ListFunctionUrlConfigs", ListFunctionUrlConfigs$) {
}

class ListFunctionVersionsByCapacityProviderCommand extends command(_ep0, _mw0, "ListFunctionVersionsByCapacityProvider", ListFunctionVersionsByCapacityProvider$) {
}

class ListLayersCommand extends command(_ep0, _mw0, "ListLayers", ListLayers$) {
}

class ListLayerVersionsCommand extends command(_ep0, _mw0, "ListLayerVersions", ListLayerVersions$) {
}

class ListProvisionedConcurrencyConfigsCommand extends command(_ep0, _mw0, "ListProvisionedConcurrencyConfigs", ListProvisionedConcurrencyConfigs$) {
}

class ListTagsCommand extends command(_ep0, _mw0, "ListTags", ListTags$) {
}

class ListVersionsByFunctionCommand extends command(_ep0, _mw0, "ListVersionsByFunction", ListVersionsByFunction$) {
}

class PublishLayerVersionCommand extends command(_ep0, _mw0, "PublishLayerVersion", PublishLayerVersion$) {
}

class PublishVersionCommand extends command(_ep0, _mw0, "PublishVersion", PublishVersion$) {
}

class PutFunctionCodeSigningConfigCommand extends command(_ep0, _mw0, "PutFunctionCodeSigningConfig", PutFunctionCodeSigningConfig$) {
}

class PutFunctionConcurrencyCommand extends command(_ep0, _mw0, "PutFunctionConcurrency", PutFunctionConcurrency$) {
}

class PutFunctionEventInvokeConfigCommand extends command(_ep0, _mw0, "PutFunctionEventInvokeConfig", PutFunctionEventInvokeConfig$) {
}

class PutFunctionRecursionConfigCommand extends command(_ep0, _mw0, "PutFunctionRecursionConfig", PutFunctionRecursionConfig$) {
}

class PutFunctionScalingConfigCommand extends command(_ep0, _mw0, "PutFunctionScalingConfig", PutFunctionScalingConfig$) {
}

class PutProvisionedConcurrencyConfigCommand extends command(_ep0, _mw0, "PutProvisionedConcurrencyConfig", PutProvisionedConcurrencyConfig$) {
}

class PutResourcePolicyCommand extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
}

class PutRuntimeManagementConfigCommand extends command(_ep0, _mw0, "PutRuntimeManagementConfig", PutRuntimeManagementConfig$) {
}

class RemoveLayerVersionPermissionCommand extends command(_ep0, _mw0, "RemoveLayerVersionPermission", RemoveLayerVersionPermission$) {
}

class RemovePermissionCommand extends command(_ep0, _mw0, "RemovePermission", RemovePermission$) {
}

class SendDurableExecutionCallbackFailureCommand extends command(_ep0, _mw0, "SendDurableExecutionCallbackFailure", SendDurableExecutionCallbackFailure$) {
}

class SendDurableExecutionCallbackHeartbeatCommand extends command(_ep0, _mw0, "SendDurableExecutionCallbackHeartbeat", SendDurableExecutionCallbackHeartbeat$) {
}

class SendDurableExecutionCallbackSuccessCommand extends command(_ep0, _mw0, "SendDurableExecutionCallbackSuccess", SendDurableExecutionCallbackSuccess$) {
}

class StopDurableExecutionCommand extends command(_ep0, _mw0, "StopDurableExecution", StopDurableExecution$) {
}

class TagResourceCommand extends command(_ep0, _mw0, "TagResource", TagResource$) {
}

class UntagResourceCommand extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
}

class UpdateAliasCommand extends command(_ep0, _mw0, "UpdateAlias", UpdateAlias$) {
}

class UpdateCapacityProviderCommand extends command(_ep0, _mw0, "UpdateCapacityProvider", UpdateCapacityProvider$) {
}

class UpdateCodeSigningConfigCommand extends command(_ep0, _mw0, "UpdateCodeSigningConfig", UpdateCodeSigningConfig$) {
}

class UpdateEventSourceMappingCommand extends command(_ep0, _mw0, "UpdateEventSourceMapping", UpdateEventSourceMapping$) {
}

class UpdateFunctionCodeCommand extends command(_ep0, _mw0, "UpdateFunctionCode", UpdateFunctionCode$) {
}

class UpdateFunctionConfigurationCommand extends command(_ep0, _mw0, "UpdateFunctionConfiguration", UpdateFunctionConfiguration$) {
}

class UpdateFunctionEventInvokeConfigCommand extends command(_ep0, _mw0, "UpdateFunctionEventInvokeConfig", UpdateFunctionEventInvokeConfig$) {
}

class UpdateFunctionUrlConfigCommand extends command(_ep0, _mw0, "UpdateFunctionUrlConfig", UpdateFunctionUrlConfig$) {
}

const paginateGetDurableExecutionHistory = createPaginator(LambdaClient, GetDurableExecutionHistoryCommand, "Marker", "NextMarker", "MaxItems");

const paginateGetDurableExecutionState = createPaginator(LambdaClient, GetDurableExecutionStateCommand, "Marker", "NextMarker", "MaxItems");

const paginateListAliases = createPaginator(LambdaClient, ListAliasesCommand, "Marker", "NextMarker", "MaxItems");

const paginateListCapacityProviders = createPaginator(LambdaClient, ListCapacityProvidersCommand, "Marker", "NextMarker", "MaxItems");

const paginateListCodeSigningConfigs = createPaginator(LambdaClient, ListCodeSigningConfigsCommand, "Marker", "NextMarker", "MaxItems");

const paginateListDurableExecutionsByFunction = createPaginator(LambdaClient, ListDurableExecutionsByFunctionCommand, "Marker", "NextMarker", "MaxItems");

const paginateListEventSourceMappings = createPaginator(LambdaClient, ListEventSourceMappingsCommand, "Marker", "NextMarker", "MaxItems");

const paginateListFunctionEventInvokeConfigs = createPaginator(LambdaClient, ListFunctionEventInvokeConfigsCommand, "Marker", "NextMarker", "MaxItems");

const paginateListFunctionsByCodeSigningConfig = createPaginator(LambdaClient, ListFunctionsByCodeSigningConfigCommand, "Marker", "NextMarker", "MaxItems");

const paginateListFunctions = createPaginator(LambdaClient, ListFunctionsCommand, "Marker", "NextMarker", "MaxItems");

const paginateListFunctionUrlConfigs = createPaginator(LambdaClient, ListFunctionUrlConfigsCommand, "Marker", "NextMarker", "MaxItems");

const paginateListFunctionVersionsByCapacityProvider = createPaginator(LambdaClient, ListFunctionVersionsByCapacityProviderCommand, "Marker", "NextMarker", "MaxItems");

const paginateListLayers = createPaginator(LambdaClient, ListLayersCommand, "Marker", "NextMarker", "MaxItems");

const paginateListLayerVersions = createPaginator(LambdaClient, ListLayerVersionsCommand, "Marker", "NextMarker", "MaxItems");

const paginateListProvisionedConcurrencyConfigs = createPaginator(LambdaClient, ListProvisionedConcurrencyConfigsCommand, "Marker", "NextMarker", "MaxItems");

const paginateListVersionsByFunction = createPaginator(LambdaClient, ListVersionsByFunctionCommand, "Marker", "NextMarker", "MaxItems");

const checkState$5 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetFunctionConfigurationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.State;
            };
            if (returnComparator() === "Active") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.State;
            };
            if (returnComparator() === "Failed") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.State;
            };
            if (returnComparator() === "Pending") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForFunctionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 300 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
};
const waitUntilFunctionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 300 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$5);
    return checkExceptions(result);
};

const checkState$4 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetFunctionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Configuration.State;
            };
            if (returnComparator() === "Active") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Configuration.State;
            };
            if (returnComparator() === "Failed") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Configuration.State;
            };
            if (returnComparator() === "Pending") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForFunctionActiveV2 = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 300 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
};
const waitUntilFunctionActiveV2 = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 300 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$4);
    return checkExceptions(result);
};

const checkState$3 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetFunctionCommand(input));
        reason = result;
        return { state: WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "ResourceNotFoundException") {
            return { state: WaiterState.RETRY, reason };
        }
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForFunctionExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 20 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
};
const waitUntilFunctionExists = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 20 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$3);
    return checkExceptions(result);
};

const checkState$2 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetFunctionConfigurationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.LastUpdateStatus;
            };
            if (returnComparator() === "Successful") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.LastUpdateStatus;
            };
            if (returnComparator() === "Failed") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.LastUpdateStatus;
            };
            if (returnComparator() === "InProgress") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForFunctionUpdated = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 300 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
};
const waitUntilFunctionUpdated = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 300 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$2);
    return checkExceptions(result);
};

const checkState$1 = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetFunctionCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.Configuration.LastUpdateStatus;
            };
            if (returnComparator() === "Successful") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Configuration.LastUpdateStatus;
            };
            if (returnComparator() === "Failed") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.Configuration.LastUpdateStatus;
            };
            if (returnComparator() === "InProgress") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForFunctionUpdatedV2 = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 300 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
};
const waitUntilFunctionUpdatedV2 = async (params, input) => {
    const serviceDefaults = { minDelay: 1, maxDelay: 300 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState$1);
    return checkExceptions(result);
};

const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new GetFunctionConfigurationCommand(input));
        reason = result;
        try {
            const returnComparator = () => {
                return result.State;
            };
            if (returnComparator() === "Active") {
                return { state: WaiterState.SUCCESS, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.State;
            };
            if (returnComparator() === "Failed") {
                return { state: WaiterState.FAILURE, reason };
            }
        }
        catch (e) { }
        try {
            const returnComparator = () => {
                return result.State;
            };
            if (returnComparator() === "Pending") {
                return { state: WaiterState.RETRY, reason };
            }
        }
        catch (e) { }
    }
    catch (exception) {
        reason = exception;
    }
    return { state: WaiterState.RETRY, reason };
};
const waitForPublishedVersionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 1560 };
    return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilPublishedVersionActive = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 1560 };
    const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    return checkExceptions(result);
};

const commands = {
    AddLayerVersionPermissionCommand,
    AddPermissionCommand,
    CheckpointDurableExecutionCommand,
    CreateAliasCommand,
    CreateCapacityProviderCommand,
    CreateCodeSigningConfigCommand,
    CreateEventSourceMappingCommand,
    CreateFunctionCommand,
    CreateFunctionUrlConfigCommand,
    DeleteAliasCommand,
    DeleteCapacityProviderCommand,
    DeleteCodeSigningConfigCommand,
    DeleteEventSourceMappingCommand,
    DeleteFunctionCommand,
    DeleteFunctionCodeSigningConfigCommand,
    DeleteFunctionConcurrencyCommand,
    DeleteFunctionEventInvokeConfigCommand,
    DeleteFunctionUrlConfigCommand,
    DeleteLayerVersionCommand,
    DeleteProvisionedConcurrencyConfigCommand,
    DeleteResourcePolicyCommand,
    GetAccountSettingsCommand,
    GetAliasCommand,
    GetCapacityProviderCommand,
    GetCodeSigningConfigCommand,
    GetDurableExecutionCommand,
    GetDurableExecutionHistoryCommand,
    GetDurableExecutionStateCommand,
    GetEventSourceMappingCommand,
    GetFunctionCommand,
    GetFunctionCodeSigningConfigCommand,
    GetFunctionConcurrencyCommand,
    GetFunctionConfigurationCommand,
    GetFunctionEventInvokeConfigCommand,
    GetFunctionRecursionConfigCommand,
    GetFunctionScalingConfigCommand,
    GetFunctionUrlConfigCommand,
    GetLayerVersionCommand,
    GetLayerVersionByArnCommand,
    GetLayerVersionPolicyCommand,
    GetPolicyCommand,
    GetProvisionedConcurrencyConfigCommand,
    GetResourcePolicyCommand,
    GetRuntimeManagementConfigCommand,
    InvokeCommand,
    InvokeAsyncCommand,
    InvokeWithResponseStreamCommand,
    ListAliasesCommand,
    ListCapacityProvidersCommand,
    ListCodeSigningConfigsCommand,
    ListDurableExecutionsByFunctionCommand,
    ListEventSourceMappingsCommand,
    ListFunctionEventInvokeConfigsCommand,
    ListFunctionsCommand,
    ListFunctionsByCodeSigningConfigCommand,
    ListFunctionUrlConfigsCommand,
    ListFunctionVersionsByCapacityProviderCommand,
    ListLayersCommand,
    ListLayerVersionsCommand,
    ListProvisionedConcurrencyConfigsCommand,
    ListTagsCommand,
    ListVersionsByFunctionCommand,
    PublishLayerVersionCommand,
    PublishVersionCommand,
    PutFunctionCodeSigningConfigCommand,
    PutFunctionConcurrencyCommand,
    PutFunctionEventInvokeConfigCommand,
    PutFunctionRecursionConfigCommand,
    PutFunctionScalingConfigCommand,
    PutProvisionedConcurrencyConfigCommand,
    PutResourcePolicyCommand,
    PutRuntimeManagementConfigCommand,
    RemoveLayerVersionPermissionCommand,
    RemovePermissionCommand,
    SendDurableExecutionCallbackFailureCommand,
    SendDurableExecutionCallbackHeartbeatCommand,
    SendDurableExecutionCallbackSuccessCommand,
    StopDurableExecutionCommand,
    TagResourceCommand,
    UntagResourceCommand,
    UpdateAliasCommand,
    UpdateCapacityProviderCommand,
    UpdateCodeSigningConfigCommand,
    UpdateEventSourceMappingCommand,
    UpdateFunctionCodeCommand,
    UpdateFunctionConfigurationCommand,
    UpdateFunctionEventInvokeConfigCommand,
    UpdateFunctionUrlConfigCommand,
};
const paginators = {
    paginateGetDurableExecutionHistory,
    paginateGetDurableExecutionState,
    paginateListAliases,
    paginateListCapacityProviders,
    paginateListCodeSigningConfigs,
    paginateListDurableExecutionsByFunction,
    paginateListEventSourceMappings,
    paginateListFunctionEventInvokeConfigs,
    paginateListFunctions,
    paginateListFunctionsByCodeSigningConfig,
    paginateListFunctionUrlConfigs,
    paginateListFunctionVersionsByCapacityProvider,
    paginateListLayers,
    paginateListLayerVersions,
    paginateListProvisionedConcurrencyConfigs,
    paginateListVersionsByFunction,
};
const waiters = {
    waitUntilFunctionActiveV2,
    waitUntilFunctionExists,
    waitUntilFunctionUpdatedV2,
    waitUntilFunctionActive,
    waitUntilFunctionUpdated,
    waitUntilPublishedVersionActive,
};
class Lambda extends LambdaClient {
}
createAggregatedClient(commands, Lambda, { paginators, waiters });

const ThrottleReason = {
    CallerRateLimitExceeded: "CallerRateLimitExceeded",
    ConcurrentInvocationLimitExceeded: "ConcurrentInvocationLimitExceeded",
    ConcurrentSnapshotCreateLimitExceeded: "ConcurrentSnapshotCreateLimitExceeded",
    FunctionInvocationRateLimitExceeded: "FunctionInvocationRateLimitExceeded",
    ReservedFunctionConcurrentInvocationLimitExceeded: "ReservedFunctionConcurrentInvocationLimitExceeded",
    ReservedFunctionInvocationRateLimitExceeded: "ReservedFunctionInvocationRateLimitExceeded",
};
const FunctionUrlAuthType = {
    AWS_IAM: "AWS_IAM",
    NONE: "NONE",
};
const KafkaSchemaRegistryAuthType = {
    BASIC_AUTH: "BASIC_AUTH",
    CLIENT_CERTIFICATE_TLS_AUTH: "CLIENT_CERTIFICATE_TLS_AUTH",
    OAUTHBEARER_AUTH: "OAUTHBEARER_AUTH",
    SERVER_ROOT_CA_CERTIFICATE: "SERVER_ROOT_CA_CERTIFICATE",
};
const SchemaRegistryEventRecordFormat = {
    JSON: "JSON",
    SOURCE: "SOURCE",
};
const KafkaSchemaValidationAttribute = {
    KEY: "KEY",
    VALUE: "VALUE",
};
const ApplicationLogLevel = {
    Debug: "DEBUG",
    Error: "ERROR",
    Fatal: "FATAL",
    Info: "INFO",
    Trace: "TRACE",
    Warn: "WARN",
};
const Architecture = {
    arm64: "arm64",
    x86_64: "x86_64",
};
const CapacityProviderScalingMode = {
    Auto: "Auto",
    Manual: "Manual",
};
const CapacityProviderPredefinedMetricType = {
    LambdaCapacityProviderAverageCPUUtilization: "LambdaCapacityProviderAverageCPUUtilization",
};
const PropagateTagsMode = {
    Explicit: "Explicit",
    None: "None",
};
const SystemLogLevel = {
    Debug: "DEBUG",
    Info: "INFO",
    Warn: "WARN",
};
const CapacityProviderState = {
    Active: "Active",
    Deleting: "Deleting",
    Failed: "Failed",
    Pending: "Pending",
};
const State = {
    Active: "Active",
    ActiveNonInvocable: "ActiveNonInvocable",
    Deactivated: "Deactivated",
    Deactivating: "Deactivating",
    Deleting: "Deleting",
    Failed: "Failed",
    Inactive: "Inactive",
    Pending: "Pending",
};
const CodeSigningPolicy = {
    Enforce: "Enforce",
    Warn: "Warn",
};
const OperationAction = {
    CANCEL: "CANCEL",
    FAIL: "FAIL",
    RETRY: "RETRY",
    START: "START",
    SUCCEED: "SUCCEED",
};
const OperationType = {
    CALLBACK: "CALLBACK",
    CHAINED_INVOKE: "CHAINED_INVOKE",
    CONTEXT: "CONTEXT",
    EXECUTION: "EXECUTION",
    STEP: "STEP",
    WAIT: "WAIT",
};
const OperationStatus = {
    CANCELLED: "CANCELLED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    READY: "READY",
    STARTED: "STARTED",
    STOPPED: "STOPPED",
    SUCCEEDED: "SUCCEEDED",
    TIMED_OUT: "TIMED_OUT",
};
const ExecutionStatus = {
    FAILED: "FAILED",
    RUNNING: "RUNNING",
    STOPPED: "STOPPED",
    SUCCEEDED: "SUCCEEDED",
    TIMED_OUT: "TIMED_OUT",
};
const EventType = {
    CallbackFailed: "CallbackFailed",
    CallbackStarted: "CallbackStarted",
    CallbackSucceeded: "CallbackSucceeded",
    CallbackTimedOut: "CallbackTimedOut",
    ChainedInvokeFailed: "ChainedInvokeFailed",
    ChainedInvokeStarted: "ChainedInvokeStarted",
    ChainedInvokeStopped: "ChainedInvokeStopped",
    ChainedInvokeSucceeded: "ChainedInvokeSucceeded",
    ChainedInvokeTimedOut: "ChainedInvokeTimedOut",
    ContextFailed: "ContextFailed",
    ContextStarted: "ContextStarted",
    ContextSucceeded: "ContextSucceeded",
    ExecutionFailed: "ExecutionFailed",
    ExecutionStarted: "ExecutionStarted",
    ExecutionStopped: "ExecutionStopped",
    ExecutionSucceeded: "ExecutionSucceeded",
    ExecutionTimedOut: "ExecutionTimedOut",
    InvocationCompleted: "InvocationCompleted",
    StepFailed: "StepFailed",
    StepStarted: "StepStarted",
    StepSucceeded: "StepSucceeded",
    WaitCancelled: "WaitCancelled",
    WaitStarted: "WaitStarted",
    WaitSucceeded: "WaitSucceeded",
};
const FullDocument = {
    Default: "Default",
    UpdateLookup: "UpdateLookup",
};
const FunctionResponseType = {
    ReportBatchItemFailures: "ReportBatchItemFailures",
};
const EventSourceMappingSystemLogLevel = {
    Debug: "DEBUG",
    Info: "INFO",
    Warn: "WARN",
};
const EventSourceMappingMetric = {
    ErrorCount: "ErrorCount",
    EventCount: "EventCount",
    KafkaMetrics: "KafkaMetrics",
};
const EndPointType = {
    KAFKA_BOOTSTRAP_SERVERS: "KAFKA_BOOTSTRAP_SERVERS",
};
const KafkaEventSourceMappingConsumptionMode = {
    Queue: "Queue",
    Stream: "Stream",
};
const SourceAccessType = {
    BASIC_AUTH: "BASIC_AUTH",
    CLIENT_CERTIFICATE_TLS_AUTH: "CLIENT_CERTIFICATE_TLS_AUTH",
    IAM_AUTH: "IAM_AUTH",
    IAM_OAUTHBEARER_AUTH: "IAM_OAUTHBEARER_AUTH",
    OAUTHBEARER_AUDIENCE: "OAUTHBEARER_AUDIENCE",
    OAUTHBEARER_AUTH: "OAUTHBEARER_AUTH",
    OAUTHBEARER_IDENTITY_POOL: "OAUTHBEARER_IDENTITY_POOL",
    OAUTHBEARER_LOGICAL_CLUSTER: "OAUTHBEARER_LOGICAL_CLUSTER",
    OAUTHBEARER_SCOPE: "OAUTHBEARER_SCOPE",
    SASL_SCRAM_256_AUTH: "SASL_SCRAM_256_AUTH",
    SASL_SCRAM_512_AUTH: "SASL_SCRAM_512_AUTH",
    SERVER_ROOT_CA_CERTIFICATE: "SERVER_ROOT_CA_CERTIFICATE",
    VIRTUAL_HOST: "VIRTUAL_HOST",
    VPC_SECURITY_GROUP: "VPC_SECURITY_GROUP",
    VPC_SUBNET: "VPC_SUBNET",
};
const EventSourcePosition = {
    AT_TIMESTAMP: "AT_TIMESTAMP",
    LATEST: "LATEST",
    TRIM_HORIZON: "TRIM_HORIZON",
};
const S3ObjectStorageMode = {
    Copy: "COPY",
    Reference: "REFERENCE",
};
const DirectS3Read = {
    AUTO: "AUTO",
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const LogFormat = {
    Json: "JSON",
    Text: "Text",
};
const PackageType = {
    Image: "Image",
    Zip: "Zip",
};
const FunctionVersionLatestPublished = {
    LATEST_PUBLISHED: "LATEST_PUBLISHED",
};
const Runtime = {
    dotnet10: "dotnet10",
    dotnet6: "dotnet6",
    dotnet8: "dotnet8",
    dotnetcore10: "dotnetcore1.0",
    dotnetcore20: "dotnetcore2.0",
    dotnetcore21: "dotnetcore2.1",
    dotnetcore31: "dotnetcore3.1",
    go1x: "go1.x",
    java11: "java11",
    java11al2023: "java11.al2023",
    java17: "java17",
    java17al2023: "java17.al2023",
    java21: "java21",
    java25: "java25",
    java8: "java8",
    java8al2: "java8.al2",
    java8al2023: "java8.al2023",
    nodejs: "nodejs",
    nodejs10x: "nodejs10.x",
    nodejs12x: "nodejs12.x",
    nodejs14x: "nodejs14.x",
    nodejs16x: "nodejs16.x",
    nodejs18x: "nodejs18.x",
    nodejs20x: "nodejs20.x",
    nodejs22x: "nodejs22.x",
    nodejs24x: "nodejs24.x",
    nodejs26x: "nodejs26.x",
    nodejs43: "nodejs4.3",
    nodejs43edge: "nodejs4.3-edge",
    nodejs610: "nodejs6.10",
    nodejs810: "nodejs8.10",
    provided: "provided",
    providedal2: "provided.al2",
    providedal2023: "provided.al2023",
    python27: "python2.7",
    python310: "python3.10",
    python311: "python3.11",
    python312: "python3.12",
    python313: "python3.13",
    python314: "python3.14",
    python315: "python3.15",
    python36: "python3.6",
    python37: "python3.7",
    python38: "python3.8",
    python39: "python3.9",
    ruby25: "ruby2.5",
    ruby27: "ruby2.7",
    ruby32: "ruby3.2",
    ruby33: "ruby3.3",
    ruby34: "ruby3.4",
    ruby40: "ruby4.0",
};
const SnapStartApplyOn = {
    None: "None",
    PublishedVersions: "PublishedVersions",
};
const TenantIsolationMode = {
    PER_TENANT: "PER_TENANT",
};
const TracingMode = {
    Active: "Active",
    PassThrough: "PassThrough",
};
const LastUpdateStatus = {
    Failed: "Failed",
    InProgress: "InProgress",
    Successful: "Successful",
};
const LastUpdateStatusReasonCode = {
    CapacityProviderScalingLimitExceeded: "CapacityProviderScalingLimitExceeded",
    DependencyError: "DependencyError",
    DisabledKMSKey: "DisabledKMSKey",
    DisallowedByVpcEncryptionControl: "DisallowedByVpcEncryptionControl",
    EC2RequestLimitExceeded: "EC2RequestLimitExceeded",
    EFSIOError: "EFSIOError",
    EFSMountConnectivityError: "EFSMountConnectivityError",
    EFSMountFailure: "EFSMountFailure",
    EFSMountTimeout: "EFSMountTimeout",
    EniLimitExceeded: "EniLimitExceeded",
    FunctionError: "FunctionError",
    FunctionErrorExtensionInitError: "FunctionError.ExtensionInitError",
    FunctionErrorInitResourceExhausted: "FunctionError.InitResourceExhausted",
    FunctionErrorInitTimeout: "FunctionError.InitTimeout",
    FunctionErrorInvalidEntryPoint: "FunctionError.InvalidEntryPoint",
    FunctionErrorInvalidWorkingDirectory: "FunctionError.InvalidWorkingDirectory",
    FunctionErrorPermissionDenied: "FunctionError.PermissionDenied",
    FunctionErrorRuntimeInitError: "FunctionError.RuntimeInitError",
    FunctionErrorTooManyExtensions: "FunctionError.TooManyExtensions",
    ImageAccessDenied: "ImageAccessDenied",
    ImageDeleted: "ImageDeleted",
    InsufficientCapacity: "InsufficientCapacity",
    InsufficientRolePermissions: "InsufficientRolePermissions",
    InternalError: "InternalError",
    InvalidConfiguration: "InvalidConfiguration",
    InvalidImage: "InvalidImage",
    InvalidRuntime: "InvalidRuntime",
    InvalidSecurityGroup: "InvalidSecurityGroup",
    InvalidStateKMSKey: "InvalidStateKMSKey",
    InvalidSubnet: "InvalidSubnet",
    InvalidZipFileException: "InvalidZipFileException",
    KMSKeyAccessDenied: "KMSKeyAccessDenied",
    KMSKeyNotFound: "KMSKeyNotFound",
    ServiceQuotaExceededException: "ServiceQuotaExceededException",
    SubnetOutOfIPAddresses: "SubnetOutOfIPAddresses",
    VcpuLimitExceeded: "VcpuLimitExceeded",
};
const SnapStartOptimizationStatus = {
    Off: "Off",
    On: "On",
};
const StateReasonCode = {
    CapacityProviderScalingLimitExceeded: "CapacityProviderScalingLimitExceeded",
    Creating: "Creating",
    DependencyError: "DependencyError",
    DisabledKMSKey: "DisabledKMSKey",
    DisallowedByVpcEncryptionControl: "DisallowedByVpcEncryptionControl",
    DrainingDurableExecutions: "DrainingDurableExecutions",
    EC2RequestLimitExceeded: "EC2RequestLimitExceeded",
    EFSIOError: "EFSIOError",
    EFSMountConnectivityError: "EFSMountConnectivityError",
    EFSMountFailure: "EFSMountFailure",
    EFSMountTimeout: "EFSMountTimeout",
    EniLimitExceeded: "EniLimitExceeded",
    FunctionError: "FunctionError",
    FunctionErrorExtensionInitError: "FunctionError.ExtensionInitError",
    FunctionErrorInitResourceExhausted: "FunctionError.InitResourceExhausted",
    FunctionErrorInitTimeout: "FunctionError.InitTimeout",
    FunctionErrorInvalidEntryPoint: "FunctionError.InvalidEntryPoint",
    FunctionErrorInvalidWorkingDirectory: "FunctionError.InvalidWorkingDirectory",
    FunctionErrorPermissionDenied: "FunctionError.PermissionDenied",
    FunctionErrorRuntimeInitError: "FunctionError.RuntimeInitError",
    FunctionErrorTooManyExtensions: "FunctionError.TooManyExtensions",
    Idle: "Idle",
    ImageAccessDenied: "ImageAccessDenied",
    ImageDeleted: "ImageDeleted",
    InsufficientCapacity: "InsufficientCapacity",
    InsufficientRolePermissions: "InsufficientRolePermissions",
    InternalError: "InternalError",
    InvalidConfiguration: "InvalidConfiguration",
    InvalidImage: "InvalidImage",
    InvalidRuntime: "InvalidRuntime",
    InvalidSecurityGroup: "InvalidSecurityGroup",
    InvalidStateKMSKey: "InvalidStateKMSKey",
    InvalidSubnet: "InvalidSubnet",
    InvalidZipFileException: "InvalidZipFileException",
    KMSKeyAccessDenied: "KMSKeyAccessDenied",
    KMSKeyNotFound: "KMSKeyNotFound",
    Restoring: "Restoring",
    ServiceQuotaExceededException: "ServiceQuotaExceededException",
    SubnetOutOfIPAddresses: "SubnetOutOfIPAddresses",
    VcpuLimitExceeded: "VcpuLimitExceeded",
};
const InvokeMode = {
    BUFFERED: "BUFFERED",
    RESPONSE_STREAM: "RESPONSE_STREAM",
};
const RecursiveLoop = {
    Allow: "Allow",
    Terminate: "Terminate",
};
const UpdateRuntimeOn = {
    Auto: "Auto",
    FunctionUpdate: "FunctionUpdate",
    Manual: "Manual",
};
const InvocationType = {
    DryRun: "DryRun",
    Event: "Event",
    RequestResponse: "RequestResponse",
};
const LogType = {
    None: "None",
    Tail: "Tail",
};
const ResponseStreamingInvocationType = {
    DryRun: "DryRun",
    RequestResponse: "RequestResponse",
};
const FunctionVersion = {
    ALL: "ALL",
};
const ProvisionedConcurrencyStatusEnum = {
    FAILED: "FAILED",
    IN_PROGRESS: "IN_PROGRESS",
    READY: "READY",
};

__webpack_unused_export__ = AccountLimit$;
__webpack_unused_export__ = AccountUsage$;
__webpack_unused_export__ = AddLayerVersionPermission$;
__webpack_unused_export__ = AddLayerVersionPermissionCommand;
__webpack_unused_export__ = AddLayerVersionPermissionRequest$;
__webpack_unused_export__ = AddLayerVersionPermissionResponse$;
__webpack_unused_export__ = AddPermission$;
__webpack_unused_export__ = AddPermissionCommand;
__webpack_unused_export__ = AddPermissionRequest$;
__webpack_unused_export__ = AddPermissionResponse$;
__webpack_unused_export__ = AliasConfiguration$;
__webpack_unused_export__ = AliasLimitExceededException;
__webpack_unused_export__ = AliasLimitExceededException$;
__webpack_unused_export__ = AliasRoutingConfiguration$;
__webpack_unused_export__ = AllowedPublishers$;
__webpack_unused_export__ = AmazonManagedKafkaEventSourceConfig$;
__webpack_unused_export__ = ApplicationLogLevel;
__webpack_unused_export__ = Architecture;
__webpack_unused_export__ = CallbackDetails$;
__webpack_unused_export__ = CallbackFailedDetails$;
__webpack_unused_export__ = CallbackOptions$;
__webpack_unused_export__ = CallbackStartedDetails$;
__webpack_unused_export__ = CallbackSucceededDetails$;
__webpack_unused_export__ = CallbackTimedOutDetails$;
__webpack_unused_export__ = CallbackTimeoutException;
__webpack_unused_export__ = CallbackTimeoutException$;
__webpack_unused_export__ = CapacityProvider$;
__webpack_unused_export__ = CapacityProviderConfig$;
__webpack_unused_export__ = CapacityProviderLimitExceededException;
__webpack_unused_export__ = CapacityProviderLimitExceededException$;
__webpack_unused_export__ = CapacityProviderLoggingConfig$;
__webpack_unused_export__ = CapacityProviderPermissionsConfig$;
__webpack_unused_export__ = CapacityProviderPredefinedMetricType;
__webpack_unused_export__ = CapacityProviderScalingConfig$;
__webpack_unused_export__ = CapacityProviderScalingMode;
__webpack_unused_export__ = CapacityProviderState;
__webpack_unused_export__ = CapacityProviderTelemetryConfig$;
__webpack_unused_export__ = CapacityProviderVpcConfig$;
__webpack_unused_export__ = ChainedInvokeDetails$;
__webpack_unused_export__ = ChainedInvokeFailedDetails$;
__webpack_unused_export__ = ChainedInvokeOptions$;
__webpack_unused_export__ = ChainedInvokeStartedDetails$;
__webpack_unused_export__ = ChainedInvokeStoppedDetails$;
__webpack_unused_export__ = ChainedInvokeSucceededDetails$;
__webpack_unused_export__ = ChainedInvokeTimedOutDetails$;
__webpack_unused_export__ = CheckpointDurableExecution$;
__webpack_unused_export__ = CheckpointDurableExecutionCommand;
__webpack_unused_export__ = CheckpointDurableExecutionRequest$;
__webpack_unused_export__ = CheckpointDurableExecutionResponse$;
__webpack_unused_export__ = CheckpointUpdatedExecutionState$;
__webpack_unused_export__ = CodeArtifactUserDeletedException;
__webpack_unused_export__ = CodeArtifactUserDeletedException$;
__webpack_unused_export__ = CodeArtifactUserFailedException;
__webpack_unused_export__ = CodeArtifactUserFailedException$;
__webpack_unused_export__ = CodeArtifactUserPendingException;
__webpack_unused_export__ = CodeArtifactUserPendingException$;
__webpack_unused_export__ = CodeSigningConfig$;
__webpack_unused_export__ = CodeSigningConfigNotFoundException;
__webpack_unused_export__ = CodeSigningConfigNotFoundException$;
__webpack_unused_export__ = CodeSigningPolicies$;
__webpack_unused_export__ = CodeSigningPolicy;
__webpack_unused_export__ = CodeStorageExceededException;
__webpack_unused_export__ = CodeStorageExceededException$;
__webpack_unused_export__ = CodeVerificationFailedException;
__webpack_unused_export__ = CodeVerificationFailedException$;
__webpack_unused_export__ = Concurrency$;
__webpack_unused_export__ = ContextDetails$;
__webpack_unused_export__ = ContextFailedDetails$;
__webpack_unused_export__ = ContextOptions$;
__webpack_unused_export__ = ContextStartedDetails$;
__webpack_unused_export__ = ContextSucceededDetails$;
__webpack_unused_export__ = Cors$;
__webpack_unused_export__ = CreateAlias$;
__webpack_unused_export__ = CreateAliasCommand;
__webpack_unused_export__ = CreateAliasRequest$;
__webpack_unused_export__ = CreateCapacityProvider$;
__webpack_unused_export__ = CreateCapacityProviderCommand;
__webpack_unused_export__ = CreateCapacityProviderRequest$;
__webpack_unused_export__ = CreateCapacityProviderResponse$;
__webpack_unused_export__ = CreateCodeSigningConfig$;
__webpack_unused_export__ = CreateCodeSigningConfigCommand;
__webpack_unused_export__ = CreateCodeSigningConfigRequest$;
__webpack_unused_export__ = CreateCodeSigningConfigResponse$;
__webpack_unused_export__ = CreateEventSourceMapping$;
__webpack_unused_export__ = CreateEventSourceMappingCommand;
__webpack_unused_export__ = CreateEventSourceMappingRequest$;
__webpack_unused_export__ = CreateFunction$;
exports.Y8X = CreateFunctionCommand;
__webpack_unused_export__ = CreateFunctionRequest$;
__webpack_unused_export__ = CreateFunctionUrlConfig$;
__webpack_unused_export__ = CreateFunctionUrlConfigCommand;
__webpack_unused_export__ = CreateFunctionUrlConfigRequest$;
__webpack_unused_export__ = CreateFunctionUrlConfigResponse$;
__webpack_unused_export__ = DeadLetterConfig$;
__webpack_unused_export__ = DeleteAlias$;
__webpack_unused_export__ = DeleteAliasCommand;
__webpack_unused_export__ = DeleteAliasRequest$;
__webpack_unused_export__ = DeleteCapacityProvider$;
__webpack_unused_export__ = DeleteCapacityProviderCommand;
__webpack_unused_export__ = DeleteCapacityProviderRequest$;
__webpack_unused_export__ = DeleteCapacityProviderResponse$;
__webpack_unused_export__ = DeleteCodeSigningConfig$;
__webpack_unused_export__ = DeleteCodeSigningConfigCommand;
__webpack_unused_export__ = DeleteCodeSigningConfigRequest$;
__webpack_unused_export__ = DeleteCodeSigningConfigResponse$;
__webpack_unused_export__ = DeleteEventSourceMapping$;
__webpack_unused_export__ = DeleteEventSourceMappingCommand;
__webpack_unused_export__ = DeleteEventSourceMappingRequest$;
__webpack_unused_export__ = DeleteFunction$;
__webpack_unused_export__ = DeleteFunctionCodeSigningConfig$;
__webpack_unused_export__ = DeleteFunctionCodeSigningConfigCommand;
__webpack_unused_export__ = DeleteFunctionCodeSigningConfigRequest$;
exports.Z3K = DeleteFunctionCommand;
__webpack_unused_export__ = DeleteFunctionConcurrency$;
__webpack_unused_export__ = DeleteFunctionConcurrencyCommand;
__webpack_unused_export__ = DeleteFunctionConcurrencyRequest$;
__webpack_unused_export__ = DeleteFunctionEventInvokeConfig$;
__webpack_unused_export__ = DeleteFunctionEventInvokeConfigCommand;
__webpack_unused_export__ = DeleteFunctionEventInvokeConfigRequest$;
__webpack_unused_export__ = DeleteFunctionRequest$;
__webpack_unused_export__ = DeleteFunctionResponse$;
__webpack_unused_export__ = DeleteFunctionUrlConfig$;
__webpack_unused_export__ = DeleteFunctionUrlConfigCommand;
__webpack_unused_export__ = DeleteFunctionUrlConfigRequest$;
__webpack_unused_export__ = DeleteLayerVersion$;
__webpack_unused_export__ = DeleteLayerVersionCommand;
__webpack_unused_export__ = DeleteLayerVersionRequest$;
__webpack_unused_export__ = DeleteProvisionedConcurrencyConfig$;
__webpack_unused_export__ = DeleteProvisionedConcurrencyConfigCommand;
__webpack_unused_export__ = DeleteProvisionedConcurrencyConfigRequest$;
__webpack_unused_export__ = DeleteResourcePolicy$;
__webpack_unused_export__ = DeleteResourcePolicyCommand;
__webpack_unused_export__ = DeleteResourcePolicyRequest$;
__webpack_unused_export__ = DestinationConfig$;
__webpack_unused_export__ = DirectS3Read;
__webpack_unused_export__ = DocumentDBEventSourceConfig$;
__webpack_unused_export__ = DurableConfig$;
__webpack_unused_export__ = DurableExecutionAlreadyStartedException;
__webpack_unused_export__ = DurableExecutionAlreadyStartedException$;
__webpack_unused_export__ = EC2AccessDeniedException;
__webpack_unused_export__ = EC2AccessDeniedException$;
__webpack_unused_export__ = EC2ThrottledException;
__webpack_unused_export__ = EC2ThrottledException$;
__webpack_unused_export__ = EC2UnexpectedException;
__webpack_unused_export__ = EC2UnexpectedException$;
__webpack_unused_export__ = EFSIOException;
__webpack_unused_export__ = EFSIOException$;
__webpack_unused_export__ = EFSMountConnectivityException;
__webpack_unused_export__ = EFSMountConnectivityException$;
__webpack_unused_export__ = EFSMountFailureException;
__webpack_unused_export__ = EFSMountFailureException$;
__webpack_unused_export__ = EFSMountTimeoutException;
__webpack_unused_export__ = EFSMountTimeoutException$;
__webpack_unused_export__ = ENILimitReachedException;
__webpack_unused_export__ = ENILimitReachedException$;
__webpack_unused_export__ = ENINotReadyException;
__webpack_unused_export__ = ENINotReadyException$;
__webpack_unused_export__ = EndPointType;
__webpack_unused_export__ = Environment$;
__webpack_unused_export__ = EnvironmentError$;
__webpack_unused_export__ = EnvironmentResponse$;
__webpack_unused_export__ = EphemeralStorage$;
__webpack_unused_export__ = ErrorObject$;
__webpack_unused_export__ = Event$;
__webpack_unused_export__ = EventError$;
__webpack_unused_export__ = EventInput$;
__webpack_unused_export__ = EventResult$;
__webpack_unused_export__ = EventSourceMappingConfiguration$;
__webpack_unused_export__ = EventSourceMappingLoggingConfig$;
__webpack_unused_export__ = EventSourceMappingMetric;
__webpack_unused_export__ = EventSourceMappingMetricsConfig$;
__webpack_unused_export__ = EventSourceMappingSystemLogLevel;
__webpack_unused_export__ = EventSourcePosition;
__webpack_unused_export__ = EventType;
__webpack_unused_export__ = Execution$;
__webpack_unused_export__ = ExecutionDetails$;
__webpack_unused_export__ = ExecutionFailedDetails$;
__webpack_unused_export__ = ExecutionStartedDetails$;
__webpack_unused_export__ = ExecutionStatus;
__webpack_unused_export__ = ExecutionStoppedDetails$;
__webpack_unused_export__ = ExecutionSucceededDetails$;
__webpack_unused_export__ = ExecutionTimedOutDetails$;
__webpack_unused_export__ = FileSystemConfig$;
__webpack_unused_export__ = Filter$;
__webpack_unused_export__ = FilterCriteria$;
__webpack_unused_export__ = FilterCriteriaError$;
__webpack_unused_export__ = FullDocument;
__webpack_unused_export__ = FunctionCode$;
__webpack_unused_export__ = FunctionCodeLocation$;
__webpack_unused_export__ = FunctionCodeLocationError$;
__webpack_unused_export__ = FunctionConfiguration$;
__webpack_unused_export__ = FunctionEventInvokeConfig$;
__webpack_unused_export__ = FunctionResponseType;
__webpack_unused_export__ = FunctionScalingConfig$;
__webpack_unused_export__ = FunctionUrlAuthType;
__webpack_unused_export__ = FunctionUrlConfig$;
__webpack_unused_export__ = FunctionVersion;
__webpack_unused_export__ = FunctionVersionLatestPublished;
__webpack_unused_export__ = FunctionVersionsByCapacityProviderListItem$;
__webpack_unused_export__ = FunctionVersionsPerCapacityProviderLimitExceededException;
__webpack_unused_export__ = FunctionVersionsPerCapacityProviderLimitExceededException$;
__webpack_unused_export__ = GetAccountSettings$;
__webpack_unused_export__ = GetAccountSettingsCommand;
__webpack_unused_export__ = GetAccountSettingsRequest$;
__webpack_unused_export__ = GetAccountSettingsResponse$;
__webpack_unused_export__ = GetAlias$;
__webpack_unused_export__ = GetAliasCommand;
__webpack_unused_export__ = GetAliasRequest$;
__webpack_unused_export__ = GetCapacityProvider$;
__webpack_unused_export__ = GetCapacityProviderCommand;
__webpack_unused_export__ = GetCapacityProviderRequest$;
__webpack_unused_export__ = GetCapacityProviderResponse$;
__webpack_unused_export__ = GetCodeSigningConfig$;
__webpack_unused_export__ = GetCodeSigningConfigCommand;
__webpack_unused_export__ = GetCodeSigningConfigRequest$;
__webpack_unused_export__ = GetCodeSigningConfigResponse$;
__webpack_unused_export__ = GetDurableExecution$;
__webpack_unused_export__ = GetDurableExecutionCommand;
__webpack_unused_export__ = GetDurableExecutionHistory$;
__webpack_unused_export__ = GetDurableExecutionHistoryCommand;
__webpack_unused_export__ = GetDurableExecutionHistoryRequest$;
__webpack_unused_export__ = GetDurableExecutionHistoryResponse$;
__webpack_unused_export__ = GetDurableExecutionRequest$;
__webpack_unused_export__ = GetDurableExecutionResponse$;
__webpack_unused_export__ = GetDurableExecutionState$;
__webpack_unused_export__ = GetDurableExecutionStateCommand;
__webpack_unused_export__ = GetDurableExecutionStateRequest$;
__webpack_unused_export__ = GetDurableExecutionStateResponse$;
__webpack_unused_export__ = GetEventSourceMapping$;
__webpack_unused_export__ = GetEventSourceMappingCommand;
__webpack_unused_export__ = GetEventSourceMappingRequest$;
__webpack_unused_export__ = GetFunction$;
__webpack_unused_export__ = GetFunctionCodeSigningConfig$;
__webpack_unused_export__ = GetFunctionCodeSigningConfigCommand;
__webpack_unused_export__ = GetFunctionCodeSigningConfigRequest$;
__webpack_unused_export__ = GetFunctionCodeSigningConfigResponse$;
exports.YF5 = GetFunctionCommand;
__webpack_unused_export__ = GetFunctionConcurrency$;
__webpack_unused_export__ = GetFunctionConcurrencyCommand;
__webpack_unused_export__ = GetFunctionConcurrencyRequest$;
__webpack_unused_export__ = GetFunctionConcurrencyResponse$;
__webpack_unused_export__ = GetFunctionConfiguration$;
exports.qA6 = GetFunctionConfigurationCommand;
__webpack_unused_export__ = GetFunctionConfigurationRequest$;
__webpack_unused_export__ = GetFunctionEventInvokeConfig$;
__webpack_unused_export__ = GetFunctionEventInvokeConfigCommand;
__webpack_unused_export__ = GetFunctionEventInvokeConfigRequest$;
__webpack_unused_export__ = GetFunctionRecursionConfig$;
__webpack_unused_export__ = GetFunctionRecursionConfigCommand;
__webpack_unused_export__ = GetFunctionRecursionConfigRequest$;
__webpack_unused_export__ = GetFunctionRecursionConfigResponse$;
__webpack_unused_export__ = GetFunctionRequest$;
__webpack_unused_export__ = GetFunctionResponse$;
__webpack_unused_export__ = GetFunctionScalingConfig$;
__webpack_unused_export__ = GetFunctionScalingConfigCommand;
__webpack_unused_export__ = GetFunctionScalingConfigRequest$;
__webpack_unused_export__ = GetFunctionScalingConfigResponse$;
__webpack_unused_export__ = GetFunctionUrlConfig$;
__webpack_unused_export__ = GetFunctionUrlConfigCommand;
__webpack_unused_export__ = GetFunctionUrlConfigRequest$;
__webpack_unused_export__ = GetFunctionUrlConfigResponse$;
__webpack_unused_export__ = GetLayerVersion$;
__webpack_unused_export__ = GetLayerVersionByArn$;
__webpack_unused_export__ = GetLayerVersionByArnCommand;
__webpack_unused_export__ = GetLayerVersionByArnRequest$;
__webpack_unused_export__ = GetLayerVersionCommand;
__webpack_unused_export__ = GetLayerVersionPolicy$;
__webpack_unused_export__ = GetLayerVersionPolicyCommand;
__webpack_unused_export__ = GetLayerVersionPolicyRequest$;
__webpack_unused_export__ = GetLayerVersionPolicyResponse$;
__webpack_unused_export__ = GetLayerVersionRequest$;
__webpack_unused_export__ = GetLayerVersionResponse$;
__webpack_unused_export__ = GetPolicy$;
__webpack_unused_export__ = GetPolicyCommand;
__webpack_unused_export__ = GetPolicyRequest$;
__webpack_unused_export__ = GetPolicyResponse$;
__webpack_unused_export__ = GetProvisionedConcurrencyConfig$;
__webpack_unused_export__ = GetProvisionedConcurrencyConfigCommand;
__webpack_unused_export__ = GetProvisionedConcurrencyConfigRequest$;
__webpack_unused_export__ = GetProvisionedConcurrencyConfigResponse$;
__webpack_unused_export__ = GetResourcePolicy$;
__webpack_unused_export__ = GetResourcePolicyCommand;
__webpack_unused_export__ = GetResourcePolicyRequest$;
__webpack_unused_export__ = GetResourcePolicyResponse$;
__webpack_unused_export__ = GetRuntimeManagementConfig$;
__webpack_unused_export__ = GetRuntimeManagementConfigCommand;
__webpack_unused_export__ = GetRuntimeManagementConfigRequest$;
__webpack_unused_export__ = GetRuntimeManagementConfigResponse$;
__webpack_unused_export__ = ImageConfig$;
__webpack_unused_export__ = ImageConfigError$;
__webpack_unused_export__ = ImageConfigResponse$;
__webpack_unused_export__ = InstanceRequirements$;
__webpack_unused_export__ = InvalidCodeSignatureException;
__webpack_unused_export__ = InvalidCodeSignatureException$;
__webpack_unused_export__ = InvalidParameterValueException;
__webpack_unused_export__ = InvalidParameterValueException$;
__webpack_unused_export__ = InvalidRequestContentException;
__webpack_unused_export__ = InvalidRequestContentException$;
__webpack_unused_export__ = InvalidRuntimeException;
__webpack_unused_export__ = InvalidRuntimeException$;
__webpack_unused_export__ = InvalidSecurityGroupIDException;
__webpack_unused_export__ = InvalidSecurityGroupIDException$;
__webpack_unused_export__ = InvalidSubnetIDException;
__webpack_unused_export__ = InvalidSubnetIDException$;
__webpack_unused_export__ = InvalidZipFileException;
__webpack_unused_export__ = InvalidZipFileException$;
__webpack_unused_export__ = InvocationCompletedDetails$;
__webpack_unused_export__ = InvocationRequest$;
__webpack_unused_export__ = InvocationResponse$;
__webpack_unused_export__ = InvocationType;
__webpack_unused_export__ = Invoke$;
__webpack_unused_export__ = InvokeAsync$;
__webpack_unused_export__ = InvokeAsyncCommand;
__webpack_unused_export__ = InvokeAsyncRequest$;
__webpack_unused_export__ = InvokeAsyncResponse$;
__webpack_unused_export__ = InvokeCommand;
__webpack_unused_export__ = InvokeMode;
__webpack_unused_export__ = InvokeResponseStreamUpdate$;
__webpack_unused_export__ = InvokeWithResponseStream$;
__webpack_unused_export__ = InvokeWithResponseStreamCommand;
__webpack_unused_export__ = InvokeWithResponseStreamCompleteEvent$;
__webpack_unused_export__ = InvokeWithResponseStreamRequest$;
__webpack_unused_export__ = InvokeWithResponseStreamResponse$;
__webpack_unused_export__ = InvokeWithResponseStreamResponseEvent$;
__webpack_unused_export__ = KMSAccessDeniedException;
__webpack_unused_export__ = KMSAccessDeniedException$;
__webpack_unused_export__ = KMSDisabledException;
__webpack_unused_export__ = KMSDisabledException$;
__webpack_unused_export__ = KMSInvalidStateException;
__webpack_unused_export__ = KMSInvalidStateException$;
__webpack_unused_export__ = KMSNotFoundException;
__webpack_unused_export__ = KMSNotFoundException$;
__webpack_unused_export__ = KafkaEventSourceMappingConsumptionMode;
__webpack_unused_export__ = KafkaSchemaRegistryAccessConfig$;
__webpack_unused_export__ = KafkaSchemaRegistryAuthType;
__webpack_unused_export__ = KafkaSchemaRegistryConfig$;
__webpack_unused_export__ = KafkaSchemaValidationAttribute;
__webpack_unused_export__ = KafkaSchemaValidationConfig$;
__webpack_unused_export__ = Lambda;
exports.Nox = LambdaClient;
__webpack_unused_export__ = LambdaManagedInstancesCapacityProviderConfig$;
__webpack_unused_export__ = LambdaServiceException;
__webpack_unused_export__ = LambdaServiceException$;
__webpack_unused_export__ = LastUpdateStatus;
__webpack_unused_export__ = LastUpdateStatusReasonCode;
__webpack_unused_export__ = Layer$;
__webpack_unused_export__ = LayerVersionContentInput$;
__webpack_unused_export__ = LayerVersionContentOutput$;
__webpack_unused_export__ = LayerVersionsListItem$;
__webpack_unused_export__ = LayersListItem$;
__webpack_unused_export__ = ListAliases$;
__webpack_unused_export__ = ListAliasesCommand;
__webpack_unused_export__ = ListAliasesRequest$;
__webpack_unused_export__ = ListAliasesResponse$;
__webpack_unused_export__ = ListCapacityProviders$;
__webpack_unused_export__ = ListCapacityProvidersCommand;
__webpack_unused_export__ = ListCapacityProvidersRequest$;
__webpack_unused_export__ = ListCapacityProvidersResponse$;
__webpack_unused_export__ = ListCodeSigningConfigs$;
__webpack_unused_export__ = ListCodeSigningConfigsCommand;
__webpack_unused_export__ = ListCodeSigningConfigsRequest$;
__webpack_unused_export__ = ListCodeSigningConfigsResponse$;
__webpack_unused_export__ = ListDurableExecutionsByFunction$;
__webpack_unused_export__ = ListDurableExecutionsByFunctionCommand;
__webpack_unused_export__ = ListDurableExecutionsByFunctionRequest$;
__webpack_unused_export__ = ListDurableExecutionsByFunctionResponse$;
__webpack_unused_export__ = ListEventSourceMappings$;
__webpack_unused_export__ = ListEventSourceMappingsCommand;
__webpack_unused_export__ = ListEventSourceMappingsRequest$;
__webpack_unused_export__ = ListEventSourceMappingsResponse$;
__webpack_unused_export__ = ListFunctionEventInvokeConfigs$;
__webpack_unused_export__ = ListFunctionEventInvokeConfigsCommand;
__webpack_unused_export__ = ListFunctionEventInvokeConfigsRequest$;
__webpack_unused_export__ = ListFunctionEventInvokeConfigsResponse$;
__webpack_unused_export__ = ListFunctionUrlConfigs$;
__webpack_unused_export__ = ListFunctionUrlConfigsCommand;
__webpack_unused_export__ = ListFunctionUrlConfigsRequest$;
__webpack_unused_export__ = ListFunctionUrlConfigsResponse$;
__webpack_unused_export__ = ListFunctionVersionsByCapacityProvider$;
__webpack_unused_export__ = ListFunctionVersionsByCapacityProviderCommand;
__webpack_unused_export__ = ListFunctionVersionsByCapacityProviderRequest$;
__webpack_unused_export__ = ListFunctionVersionsByCapacityProviderResponse$;
__webpack_unused_export__ = ListFunctions$;
__webpack_unused_export__ = ListFunctionsByCodeSigningConfig$;
__webpack_unused_export__ = ListFunctionsByCodeSigningConfigCommand;
__webpack_unused_export__ = ListFunctionsByCodeSigningConfigRequest$;
__webpack_unused_export__ = ListFunctionsByCodeSigningConfigResponse$;
__webpack_unused_export__ = ListFunctionsCommand;
__webpack_unused_export__ = ListFunctionsRequest$;
__webpack_unused_export__ = ListFunctionsResponse$;
__webpack_unused_export__ = ListLayerVersions$;
__webpack_unused_export__ = ListLayerVersionsCommand;
__webpack_unused_export__ = ListLayerVersionsRequest$;
__webpack_unused_export__ = ListLayerVersionsResponse$;
__webpack_unused_export__ = ListLayers$;
__webpack_unused_export__ = ListLayersCommand;
__webpack_unused_export__ = ListLayersRequest$;
__webpack_unused_export__ = ListLayersResponse$;
__webpack_unused_export__ = ListProvisionedConcurrencyConfigs$;
__webpack_unused_export__ = ListProvisionedConcurrencyConfigsCommand;
__webpack_unused_export__ = ListProvisionedConcurrencyConfigsRequest$;
__webpack_unused_export__ = ListProvisionedConcurrencyConfigsResponse$;
__webpack_unused_export__ = ListTags$;
__webpack_unused_export__ = ListTagsCommand;
__webpack_unused_export__ = ListTagsRequest$;
__webpack_unused_export__ = ListTagsResponse$;
__webpack_unused_export__ = ListVersionsByFunction$;
exports.Ox4 = ListVersionsByFunctionCommand;
__webpack_unused_export__ = ListVersionsByFunctionRequest$;
__webpack_unused_export__ = ListVersionsByFunctionResponse$;
__webpack_unused_export__ = LogFormat;
__webpack_unused_export__ = LogType;
__webpack_unused_export__ = LoggingConfig$;
__webpack_unused_export__ = ModeNotSupportedException;
__webpack_unused_export__ = ModeNotSupportedException$;
__webpack_unused_export__ = NoPublishedVersionException;
__webpack_unused_export__ = NoPublishedVersionException$;
__webpack_unused_export__ = OnFailure$;
__webpack_unused_export__ = OnSuccess$;
__webpack_unused_export__ = Operation$;
__webpack_unused_export__ = OperationAction;
__webpack_unused_export__ = OperationStatus;
__webpack_unused_export__ = OperationType;
__webpack_unused_export__ = OperationUpdate$;
__webpack_unused_export__ = PackageType;
__webpack_unused_export__ = PolicyLengthExceededException;
__webpack_unused_export__ = PolicyLengthExceededException$;
__webpack_unused_export__ = PreconditionFailedException;
__webpack_unused_export__ = PreconditionFailedException$;
__webpack_unused_export__ = PropagateTags$;
__webpack_unused_export__ = PropagateTagsMode;
__webpack_unused_export__ = ProvisionedConcurrencyConfigListItem$;
__webpack_unused_export__ = ProvisionedConcurrencyConfigNotFoundException;
__webpack_unused_export__ = ProvisionedConcurrencyConfigNotFoundException$;
__webpack_unused_export__ = ProvisionedConcurrencyStatusEnum;
__webpack_unused_export__ = ProvisionedPollerConfig$;
__webpack_unused_export__ = PublicPolicyException;
__webpack_unused_export__ = PublicPolicyException$;
__webpack_unused_export__ = PublishLayerVersion$;
__webpack_unused_export__ = PublishLayerVersionCommand;
__webpack_unused_export__ = PublishLayerVersionRequest$;
__webpack_unused_export__ = PublishLayerVersionResponse$;
__webpack_unused_export__ = PublishVersion$;
exports.D3m = PublishVersionCommand;
__webpack_unused_export__ = PublishVersionRequest$;
__webpack_unused_export__ = PutFunctionCodeSigningConfig$;
__webpack_unused_export__ = PutFunctionCodeSigningConfigCommand;
__webpack_unused_export__ = PutFunctionCodeSigningConfigRequest$;
__webpack_unused_export__ = PutFunctionCodeSigningConfigResponse$;
__webpack_unused_export__ = PutFunctionConcurrency$;
__webpack_unused_export__ = PutFunctionConcurrencyCommand;
__webpack_unused_export__ = PutFunctionConcurrencyRequest$;
__webpack_unused_export__ = PutFunctionEventInvokeConfig$;
__webpack_unused_export__ = PutFunctionEventInvokeConfigCommand;
__webpack_unused_export__ = PutFunctionEventInvokeConfigRequest$;
__webpack_unused_export__ = PutFunctionRecursionConfig$;
__webpack_unused_export__ = PutFunctionRecursionConfigCommand;
__webpack_unused_export__ = PutFunctionRecursionConfigRequest$;
__webpack_unused_export__ = PutFunctionRecursionConfigResponse$;
__webpack_unused_export__ = PutFunctionScalingConfig$;
__webpack_unused_export__ = PutFunctionScalingConfigCommand;
__webpack_unused_export__ = PutFunctionScalingConfigRequest$;
__webpack_unused_export__ = PutFunctionScalingConfigResponse$;
__webpack_unused_export__ = PutProvisionedConcurrencyConfig$;
__webpack_unused_export__ = PutProvisionedConcurrencyConfigCommand;
__webpack_unused_export__ = PutProvisionedConcurrencyConfigRequest$;
__webpack_unused_export__ = PutProvisionedConcurrencyConfigResponse$;
__webpack_unused_export__ = PutResourcePolicy$;
__webpack_unused_export__ = PutResourcePolicyCommand;
__webpack_unused_export__ = PutResourcePolicyRequest$;
__webpack_unused_export__ = PutResourcePolicyResponse$;
__webpack_unused_export__ = PutRuntimeManagementConfig$;
__webpack_unused_export__ = PutRuntimeManagementConfigCommand;
__webpack_unused_export__ = PutRuntimeManagementConfigRequest$;
__webpack_unused_export__ = PutRuntimeManagementConfigResponse$;
__webpack_unused_export__ = RecursiveInvocationException;
__webpack_unused_export__ = RecursiveInvocationException$;
__webpack_unused_export__ = RecursiveLoop;
__webpack_unused_export__ = RemoveLayerVersionPermission$;
__webpack_unused_export__ = RemoveLayerVersionPermissionCommand;
__webpack_unused_export__ = RemoveLayerVersionPermissionRequest$;
__webpack_unused_export__ = RemovePermission$;
__webpack_unused_export__ = RemovePermissionCommand;
__webpack_unused_export__ = RemovePermissionRequest$;
__webpack_unused_export__ = RequestTooLargeException;
__webpack_unused_export__ = RequestTooLargeException$;
__webpack_unused_export__ = ResolvedS3Object$;
__webpack_unused_export__ = ResourceConflictException;
__webpack_unused_export__ = ResourceConflictException$;
__webpack_unused_export__ = ResourceInUseException;
__webpack_unused_export__ = ResourceInUseException$;
__webpack_unused_export__ = ResourceNotFoundException;
__webpack_unused_export__ = ResourceNotFoundException$;
__webpack_unused_export__ = ResourceNotReadyException;
__webpack_unused_export__ = ResourceNotReadyException$;
__webpack_unused_export__ = ResponseStreamingInvocationType;
__webpack_unused_export__ = RetryDetails$;
__webpack_unused_export__ = Runtime;
__webpack_unused_export__ = RuntimeVersionConfig$;
__webpack_unused_export__ = RuntimeVersionError$;
__webpack_unused_export__ = S3FilesConfig$;
__webpack_unused_export__ = S3FilesMountConnectivityException;
__webpack_unused_export__ = S3FilesMountConnectivityException$;
__webpack_unused_export__ = S3FilesMountFailureException;
__webpack_unused_export__ = S3FilesMountFailureException$;
__webpack_unused_export__ = S3FilesMountTimeoutException;
__webpack_unused_export__ = S3FilesMountTimeoutException$;
__webpack_unused_export__ = S3ObjectStorageMode;
__webpack_unused_export__ = ScalingConfig$;
__webpack_unused_export__ = SchemaRegistryEventRecordFormat;
__webpack_unused_export__ = SelfManagedEventSource$;
__webpack_unused_export__ = SelfManagedKafkaEventSourceConfig$;
__webpack_unused_export__ = SendDurableExecutionCallbackFailure$;
__webpack_unused_export__ = SendDurableExecutionCallbackFailureCommand;
__webpack_unused_export__ = SendDurableExecutionCallbackFailureRequest$;
__webpack_unused_export__ = SendDurableExecutionCallbackFailureResponse$;
__webpack_unused_export__ = SendDurableExecutionCallbackHeartbeat$;
__webpack_unused_export__ = SendDurableExecutionCallbackHeartbeatCommand;
__webpack_unused_export__ = SendDurableExecutionCallbackHeartbeatRequest$;
__webpack_unused_export__ = SendDurableExecutionCallbackHeartbeatResponse$;
__webpack_unused_export__ = SendDurableExecutionCallbackSuccess$;
__webpack_unused_export__ = SendDurableExecutionCallbackSuccessCommand;
__webpack_unused_export__ = SendDurableExecutionCallbackSuccessRequest$;
__webpack_unused_export__ = SendDurableExecutionCallbackSuccessResponse$;
__webpack_unused_export__ = SerializedRequestEntityTooLargeException;
__webpack_unused_export__ = SerializedRequestEntityTooLargeException$;
__webpack_unused_export__ = ServiceException;
__webpack_unused_export__ = ServiceException$;
__webpack_unused_export__ = ServiceQuotaExceededException;
__webpack_unused_export__ = ServiceQuotaExceededException$;
__webpack_unused_export__ = SnapStart$;
__webpack_unused_export__ = SnapStartApplyOn;
__webpack_unused_export__ = SnapStartException;
__webpack_unused_export__ = SnapStartException$;
__webpack_unused_export__ = SnapStartNotReadyException;
__webpack_unused_export__ = SnapStartNotReadyException$;
__webpack_unused_export__ = SnapStartOptimizationStatus;
__webpack_unused_export__ = SnapStartRegenerationFailureException;
__webpack_unused_export__ = SnapStartRegenerationFailureException$;
__webpack_unused_export__ = SnapStartResponse$;
__webpack_unused_export__ = SnapStartTimeoutException;
__webpack_unused_export__ = SnapStartTimeoutException$;
__webpack_unused_export__ = SourceAccessConfiguration$;
__webpack_unused_export__ = SourceAccessType;
__webpack_unused_export__ = State;
__webpack_unused_export__ = StateReasonCode;
__webpack_unused_export__ = StepDetails$;
__webpack_unused_export__ = StepFailedDetails$;
__webpack_unused_export__ = StepOptions$;
__webpack_unused_export__ = StepStartedDetails$;
__webpack_unused_export__ = StepSucceededDetails$;
__webpack_unused_export__ = StopDurableExecution$;
__webpack_unused_export__ = StopDurableExecutionCommand;
__webpack_unused_export__ = StopDurableExecutionRequest$;
__webpack_unused_export__ = StopDurableExecutionResponse$;
__webpack_unused_export__ = SubnetIPAddressLimitReachedException;
__webpack_unused_export__ = SubnetIPAddressLimitReachedException$;
__webpack_unused_export__ = SystemLogLevel;
__webpack_unused_export__ = TagResource$;
__webpack_unused_export__ = TagResourceCommand;
__webpack_unused_export__ = TagResourceRequest$;
__webpack_unused_export__ = TagsError$;
__webpack_unused_export__ = TargetTrackingScalingPolicy$;
__webpack_unused_export__ = TenancyConfig$;
__webpack_unused_export__ = TenantIsolationMode;
__webpack_unused_export__ = ThrottleReason;
__webpack_unused_export__ = TooManyRequestsException;
__webpack_unused_export__ = TooManyRequestsException$;
__webpack_unused_export__ = TraceHeader$;
__webpack_unused_export__ = TracingConfig$;
__webpack_unused_export__ = TracingConfigResponse$;
__webpack_unused_export__ = TracingMode;
__webpack_unused_export__ = UnsupportedMediaTypeException;
__webpack_unused_export__ = UnsupportedMediaTypeException$;
__webpack_unused_export__ = UntagResource$;
__webpack_unused_export__ = UntagResourceCommand;
__webpack_unused_export__ = UntagResourceRequest$;
__webpack_unused_export__ = UpdateAlias$;
__webpack_unused_export__ = UpdateAliasCommand;
__webpack_unused_export__ = UpdateAliasRequest$;
__webpack_unused_export__ = UpdateCapacityProvider$;
__webpack_unused_export__ = UpdateCapacityProviderCommand;
__webpack_unused_export__ = UpdateCapacityProviderRequest$;
__webpack_unused_export__ = UpdateCapacityProviderResponse$;
__webpack_unused_export__ = UpdateCodeSigningConfig$;
__webpack_unused_export__ = UpdateCodeSigningConfigCommand;
__webpack_unused_export__ = UpdateCodeSigningConfigRequest$;
__webpack_unused_export__ = UpdateCodeSigningConfigResponse$;
__webpack_unused_export__ = UpdateEventSourceMapping$;
__webpack_unused_export__ = UpdateEventSourceMappingCommand;
__webpack_unused_export__ = UpdateEventSourceMappingRequest$;
__webpack_unused_export__ = UpdateFunctionCode$;
exports.KfB = UpdateFunctionCodeCommand;
__webpack_unused_export__ = UpdateFunctionCodeRequest$;
__webpack_unused_export__ = UpdateFunctionConfiguration$;
exports.Zlw = UpdateFunctionConfigurationCommand;
__webpack_unused_export__ = UpdateFunctionConfigurationRequest$;
__webpack_unused_export__ = UpdateFunctionEventInvokeConfig$;
__webpack_unused_export__ = UpdateFunctionEventInvokeConfigCommand;
__webpack_unused_export__ = UpdateFunctionEventInvokeConfigRequest$;
__webpack_unused_export__ = UpdateFunctionUrlConfig$;
__webpack_unused_export__ = UpdateFunctionUrlConfigCommand;
__webpack_unused_export__ = UpdateFunctionUrlConfigRequest$;
__webpack_unused_export__ = UpdateFunctionUrlConfigResponse$;
__webpack_unused_export__ = UpdateRuntimeOn;
__webpack_unused_export__ = VpcConfig$;
__webpack_unused_export__ = VpcConfigResponse$;
__webpack_unused_export__ = WaitCancelledDetails$;
__webpack_unused_export__ = WaitDetails$;
__webpack_unused_export__ = WaitOptions$;
__webpack_unused_export__ = WaitStartedDetails$;
__webpack_unused_export__ = WaitSucceededDetails$;
__webpack_unused_export__ = errorTypeRegistries;
__webpack_unused_export__ = paginateGetDurableExecutionHistory;
__webpack_unused_export__ = paginateGetDurableExecutionState;
__webpack_unused_export__ = paginateListAliases;
__webpack_unused_export__ = paginateListCapacityProviders;
__webpack_unused_export__ = paginateListCodeSigningConfigs;
__webpack_unused_export__ = paginateListDurableExecutionsByFunction;
__webpack_unused_export__ = paginateListEventSourceMappings;
__webpack_unused_export__ = paginateListFunctionEventInvokeConfigs;
__webpack_unused_export__ = paginateListFunctionUrlConfigs;
__webpack_unused_export__ = paginateListFunctionVersionsByCapacityProvider;
__webpack_unused_export__ = paginateListFunctions;
__webpack_unused_export__ = paginateListFunctionsByCodeSigningConfig;
__webpack_unused_export__ = paginateListLayerVersions;
__webpack_unused_export__ = paginateListLayers;
__webpack_unused_export__ = paginateListProvisionedConcurrencyConfigs;
__webpack_unused_export__ = paginateListVersionsByFunction;
__webpack_unused_export__ = waitForFunctionActive;
__webpack_unused_export__ = waitForFunctionActiveV2;
__webpack_unused_export__ = waitForFunctionExists;
__webpack_unused_export__ = waitForFunctionUpdated;
__webpack_unused_export__ = waitForFunctionUpdatedV2;
__webpack_unused_export__ = waitForPublishedVersionActive;
__webpack_unused_export__ = waitUntilFunctionActive;
__webpack_unused_export__ = waitUntilFunctionActiveV2;
__webpack_unused_export__ = waitUntilFunctionExists;
__webpack_unused_export__ = waitUntilFunctionUpdated;
__webpack_unused_export__ = waitUntilFunctionUpdatedV2;
__webpack_unused_export__ = waitUntilPublishedVersionActive;


/***/ })

};
