// Generated from the server's OpenAPI document by `npm run api:types` (ADR 0024). Do not edit.

export interface paths {
    "/api/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query: {
                    ownerId: number;
                    ownerType: components["schemas"]["OwnerType"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttachmentView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Upload */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        ownerType?: string;
                        ownerId?: string;
                        keepLocation?: string;
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttachmentView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttachmentView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Content */
        get: {
            parameters: {
                query?: {
                    download?: boolean;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "*/*": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/attachments/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thumbnail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description a JPEG at most 320 pixels each way */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entity?: string;
                    from?: components["schemas"]["LocalDate"];
                    id?: string;
                    page?: number;
                    record?: string;
                    size?: number;
                    to?: components["schemas"]["LocalDate"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewAuditEntryView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export Sheet */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actor?: string;
                    entity?: string;
                    from?: components["schemas"]["LocalDate"];
                    id?: string;
                    record?: string;
                    to?: components["schemas"]["LocalDate"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Types */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TypeView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    industryId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ListItem"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChainRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChainDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Placements */
        get: {
            parameters: {
                query?: {
                    enterpriseId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Placement"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChainDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChainRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChainDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/{id}/gaps.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gaps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/{id}/graph": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace Graph */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["GraphRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChainDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/{id}/nodes/{nodeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Node */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    nodeId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NodeDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/{id}/nodes/{nodeId}/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Link */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    nodeId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LinkRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChainLink"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/chains/{id}/nodes/{nodeId}/enterprises/{enterpriseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enterpriseId: number;
                    id: number;
                    nodeId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cockpit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cockpit */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CockpitView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cockpit/figures/{figure}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drill */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    industryId?: number;
                    period?: components["schemas"]["Period"] & unknown;
                    unitId?: number;
                    zoneId?: number;
                };
                header?: never;
                path: {
                    figure: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FigureDrill"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Waiting */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Inbox"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmations/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConfirmRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Confirmed"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmations/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send Back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReturnRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingChange"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/confirmations/returned": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returned */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Inbox"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    industryId?: number;
                    ownerUnitId?: number;
                    page?: number;
                    q?: string;
                    regionCode?: string;
                    size?: number;
                    sort?: string;
                    status?: components["schemas"]["EnterpriseStatus"];
                    tag?: components["schemas"]["EnterpriseTagCode"][];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewEnterpriseListItem"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duplicates */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DuplicateGroup"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export */
        get: {
            parameters: {
                query?: {
                    industryId?: number;
                    ownerUnitId?: number;
                    q?: string;
                    regionCode?: string;
                    status?: components["schemas"]["EnterpriseStatus"];
                    tag?: components["schemas"]["EnterpriseTagCode"][];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import Sheet */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                    };
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EnterpriseRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MergeRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EnterpriseView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enterprises/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimelineEntry"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    from?: components["schemas"]["LocalDate"];
                    kind?: components["schemas"]["EventKind"];
                    page?: number;
                    q?: string;
                    role?: components["schemas"]["EventRole"];
                    size?: number;
                    sort?: string;
                    to?: components["schemas"]["LocalDate"];
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewEventView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export */
        get: {
            parameters: {
                query?: {
                    from?: components["schemas"]["LocalDate"];
                    kind?: components["schemas"]["EventKind"];
                    q?: string;
                    role?: components["schemas"]["EventRole"];
                    sort?: string;
                    to?: components["schemas"]["LocalDate"];
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add Project */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EventProjectRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/{id}/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove Project */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    projectId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Catalogue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Figure"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Year */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewHolidayView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HolidayRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HolidayView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/holidays/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HolidayRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HolidayView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    includeRetired?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewIndustryView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IndustryRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndustryView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries/gbt4754": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gbt 4754 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndustryView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IndustryRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndustryView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** History */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuditEventView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndustryView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/industries/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RetireRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndustryView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    enterpriseId?: number;
                    eventId?: number;
                    from?: components["schemas"]["LocalDate"];
                    overdue?: boolean;
                    page?: number;
                    q?: string;
                    receivedBy?: string;
                    size?: number;
                    sort?: string;
                    source?: components["schemas"]["LeadSource"];
                    status?: components["schemas"]["LeadStatus"];
                    to?: components["schemas"]["LocalDate"];
                    tripId?: number;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewLeadListItem"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LeadRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/clock-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClockRuleView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update Rules */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ClockRuleView"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ClockRuleView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export */
        get: {
            parameters: {
                query?: {
                    enterpriseId?: number;
                    eventId?: number;
                    from?: components["schemas"]["LocalDate"];
                    overdue?: boolean;
                    q?: string;
                    receivedBy?: string;
                    sort?: string;
                    source?: components["schemas"]["LeadSource"];
                    status?: components["schemas"]["LeadStatus"];
                    to?: components["schemas"]["LocalDate"];
                    tripId?: number;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LeadRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/convert": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Convert */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConvertRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Converted"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/drop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Drop */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DropRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StepRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LeadView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MeView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/my-week": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My Week */
        get: {
            parameters: {
                query?: {
                    scope?: string;
                    week?: components["schemas"]["LocalDate"];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MyWeek"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewParkView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create Park */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ParkRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParkView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update Park */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ParkRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ParkView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    from?: components["schemas"]["LocalDate"];
                    industryId?: number;
                    keyProject?: boolean;
                    newStage?: components["schemas"]["NewStage"];
                    page?: number;
                    pendingConfirmation?: boolean;
                    pool?: components["schemas"]["ProjectPool"];
                    q?: string;
                    size?: number;
                    sort?: string;
                    sponsoredByMe?: boolean;
                    stage?: components["schemas"]["ProjectStage"][];
                    stalled?: boolean;
                    to?: components["schemas"]["LocalDate"];
                    unitId?: number;
                    withFunds?: boolean;
                    zoneId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewProjectListItem"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Board */
        get: {
            parameters: {
                query?: {
                    from?: components["schemas"]["LocalDate"];
                    industryId?: number;
                    keyProject?: boolean;
                    newStage?: components["schemas"]["NewStage"];
                    pendingConfirmation?: boolean;
                    pool?: components["schemas"]["ProjectPool"];
                    q?: string;
                    sponsoredByMe?: boolean;
                    stage?: components["schemas"]["ProjectStage"][];
                    stalled?: boolean;
                    to?: components["schemas"]["LocalDate"];
                    unitId?: number;
                    withFunds?: boolean;
                    zoneId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Board"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/coordination": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open Coordination */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenRequest"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/coordination/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Coordination */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects */
        get: {
            parameters: {
                query?: {
                    from?: components["schemas"]["LocalDate"];
                    industryId?: number;
                    keyProject?: boolean;
                    newStage?: components["schemas"]["NewStage"];
                    pendingConfirmation?: boolean;
                    pool?: components["schemas"]["ProjectPool"];
                    q?: string;
                    sort?: string;
                    sponsoredByMe?: boolean;
                    stage?: components["schemas"]["ProjectStage"][];
                    stalled?: boolean;
                    to?: components["schemas"]["LocalDate"];
                    unitId?: number;
                    withFunds?: boolean;
                    zoneId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import Ledger */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                        options?: string;
                    };
                };
            };
            responses: {
                /** @description Accepted */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JobView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import/annotated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Annotated */
        post: {
            parameters: {
                query?: {
                    month?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                        options?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file?: string;
                        sheet?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LedgerPreview"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Template */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/pending-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pending */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PendingView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/sponsored": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sponsored */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sponsored"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/stall-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stall Rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StallRuleView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/stall-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update Stall Rule */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StallRuleRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StallRuleView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProjectRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Funds */
        get: {
            parameters: {
                query?: {
                    asOf?: components["schemas"]["LocalDate"];
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Funds"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add Fund */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FundRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FundView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/funds/{fundId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete Fund */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    fundId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transitions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransitionView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Transition */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TransitionRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/transitions/{transitionId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    transitionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TransitionView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/worklog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Worklog */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorklogView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Add Worklog */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorklogRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorklogView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/worklog/{entryId}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    entryId: number;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ResolveRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorklogView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranking */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RankingView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ranking-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rule */
        get: {
            parameters: {
                query?: {
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RankingRuleView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Save Rule */
        put: {
            parameters: {
                query?: {
                    year?: string;
                };
                header?: {
                    "If-Match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RankingRuleRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RankingRuleView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ranking/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tree */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionTree"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reminders */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Reminders"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewDeliveryView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send Digest */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DeliveryRun"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/email-digest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Email Digest */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["EmailDigestRequest"];
                };
            };
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhooks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WebhookView"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reminders/webhooks/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put Webhook */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WebhookRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete Webhook */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/briefing.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pdf */
        get: {
            parameters: {
                query?: {
                    asOf?: string;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/monthly/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Json */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MonthlyReport"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/monthly/{month}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pdf */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/monthly/{month}.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Xlsx */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/monthly/{month}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MonthlyReport"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/monthly/{month}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    month: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ReopenRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MonthlyReport"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Confirmation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfirmationSetting"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Set Confirmation */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ConfirmationRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConfirmationSetting"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sites */
        get: {
            parameters: {
                query?: {
                    industryId?: number;
                    minFreeArea?: number;
                    parkId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewSiteView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create Site */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SiteRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update Site */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SiteRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SiteView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Grid */
        get: {
            parameters: {
                query?: {
                    year?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TargetGrid"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Save Grid */
        put: {
            parameters: {
                query?: {
                    year?: string;
                };
                header?: {
                    "If-Match"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TargetGridRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TargetGrid"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    from?: components["schemas"]["LocalDate"];
                    leaderLed?: boolean;
                    page?: number;
                    q?: string;
                    size?: number;
                    sort?: string;
                    to?: components["schemas"]["LocalDate"];
                    unitId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewTripView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TripRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TripDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export */
        get: {
            parameters: {
                query?: {
                    from?: components["schemas"]["LocalDate"];
                    leaderLed?: boolean;
                    q?: string;
                    sort?: string;
                    to?: components["schemas"]["LocalDate"];
                    unitId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/trips/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TripDetail"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TripRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TripDetail"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewUnitView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UnitRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UnitRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewUserView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/leaders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leaders */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"][];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Assign */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UserRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List */
        get: {
            parameters: {
                query?: {
                    enterpriseId?: number;
                    eventId?: number;
                    followUpOpen?: boolean;
                    from?: components["schemas"]["LocalDate"];
                    intent?: components["schemas"]["VisitIntent"];
                    kind?: components["schemas"]["VisitKind"];
                    mine?: boolean;
                    page?: number;
                    projectId?: number;
                    q?: string;
                    size?: number;
                    sort?: string;
                    to?: components["schemas"]["LocalDate"];
                    tripId?: number;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewVisitView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "Idempotency-Key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VisitRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export */
        get: {
            parameters: {
                query?: {
                    enterpriseId?: number;
                    eventId?: number;
                    followUpOpen?: boolean;
                    from?: components["schemas"]["LocalDate"];
                    intent?: components["schemas"]["VisitIntent"];
                    kind?: components["schemas"]["VisitKind"];
                    mine?: boolean;
                    projectId?: number;
                    q?: string;
                    sort?: string;
                    to?: components["schemas"]["LocalDate"];
                    tripId?: number;
                    unitId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** Update */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["VisitRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        /** Delete */
        delete: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description No Content */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/visits/{id}/follow-up-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Follow Up Done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VisitView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PageViewZoneView"];
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** Create Zone */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ZoneRequest"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ZoneView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update Zone */
        put: {
            parameters: {
                query?: never;
                header?: {
                    "If-Match"?: string;
                };
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ZoneRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ZoneView"];
                    };
                };
                /** @description Bad Request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Login */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Callback */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": unknown;
                    };
                };
                /** @description Not Authorized */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not Allowed */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Adjustment: {
            kind: string;
            /** Format: int64 */
            projectId: number;
            projectCode: string;
            projectName: string;
            businessDate: components["schemas"]["LocalDate"];
            recordedAt: components["schemas"]["Instant"];
            recordedBy: string;
            recordedByName: string | null;
            detail: string;
            note: string | null;
        };
        /** @enum {string} */
        AgreementType: "INTENT" | "FRAMEWORK" | "FORMAL";
        /** @enum {string} */
        AssessmentResult: "PURSUE" | "DECLINE";
        AttachmentView: {
            /** Format: int64 */
            id: number;
            ownerType: components["schemas"]["OwnerType"];
            /** Format: int64 */
            ownerId: number;
            fileName: string;
            mediaType: string;
            /** Format: int64 */
            sizeBytes: number;
            /** @description an image (its thumbnail at /api/attachments/{id}/thumbnail) */
            image: boolean;
            /** @description shown in the page (images, PDF); others are downloaded */
            previewable: boolean;
            /** @description uploaded with the photo's location kept on purpose */
            keptLocation: boolean;
            uploadedBy: string;
            uploadedAt: components["schemas"]["Instant"];
            /** @description the caller may delete it */
            canDelete: boolean;
        };
        AuditEntryView: {
            /** Format: int64 */
            id: number;
            occurredAt: components["schemas"]["Instant"];
            actor: string;
            actorName: string;
            system: boolean;
            remoteAddress: string | null;
            /** @enum {string} */
            action: "CREATE" | "UPDATE" | "DELETE" | "LOGIN" | "LOGOUT" | "REFUSED" | "EXPORT" | "PURGE" | "DOWNLOAD";
            entity: string;
            entityLabel: string;
            entityId: string | null;
            record: string | null;
            changes: components["schemas"]["JsonValue"] | null;
            readable: components["schemas"]["Change"][];
        };
        AuditEventView: {
            /** Format: int64 */
            id: number;
            occurredAt: components["schemas"]["Instant"];
            actor: string;
            remoteAddress: string | null;
            /** @enum {string} */
            action: "CREATE" | "UPDATE" | "DELETE";
            entity: string;
            entityId: string;
            changes: components["schemas"]["JsonValue"] | null;
        };
        Board: {
            columns: components["schemas"]["BoardColumn"][];
        };
        BoardColumn: {
            stage: components["schemas"]["ProjectStage"];
            /** Format: int64 */
            total: number;
            items: components["schemas"]["ProjectListItem"][];
        };
        Breakdown: {
            /** Format: int64 */
            id: number | null;
            name: string | null;
            /** Format: int64 */
            newProjects: number;
            /** Format: int64 */
            signedOrLanded: number;
            totalInvestment: number;
            fundsYearToDate: number;
        };
        ChainDetail: {
            /** Format: int64 */
            id: number;
            name: string;
            industry: components["schemas"]["IndustryRef"];
            description: string | null;
            /** Format: int32 */
            sortOrder: number;
            /** Format: int64 */
            version: number;
            nodes: components["schemas"]["Node"][];
            edges: components["schemas"]["Edge"][];
            summary: components["schemas"]["Summary"];
        };
        ChainLink: {
            note: string | null;
            creditCode: string | null;
            registeredCapital: number | null;
            linkedBy: string | null;
            name: string;
            linkedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            ownerUnit: components["schemas"]["UnitRef"] | null;
            /** Format: int64 */
            id: number;
            tags: components["schemas"]["TagView"][];
            status: components["schemas"]["EnterpriseStatus"];
            role: components["schemas"]["ChainRole"];
        };
        ChainRequest: {
            /** Format: int64 */
            industryId: number;
            name: string;
            description?: string | null;
            /** Format: int32 */
            sortOrder?: number | null;
        };
        /** @enum {string} */
        ChainRole: "LOCAL" | "TARGET";
        /** @enum {string} */
        ChainSegment: "UPSTREAM" | "MIDSTREAM" | "DOWNSTREAM";
        Change: {
            field: string;
            label: string;
            before: string | null;
            after: string | null;
        };
        /** @enum {string} */
        ChangeKind: "STAGE" | "FUND";
        ChangeRef: {
            kind: components["schemas"]["ChangeKind"];
            /** Format: int64 */
            id: number;
        };
        Clock: {
            kind: components["schemas"]["ClockKind"];
            dueOn: components["schemas"]["LocalDate"];
            doneOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            overdue: boolean;
            /** Format: int64 */
            daysOverdue: number;
        };
        /** @enum {string} */
        ClockKind: "RESPOND" | "ASSESS" | "FEEDBACK" | "PROGRESS";
        ClockRuleView: {
            /** Format: int32 */
            respondDays: number;
            /** Format: int32 */
            assessDays: number;
            /** Format: int32 */
            feedbackDays: number;
            /** Format: int32 */
            progressEveryDays: number;
            workingDays: boolean;
            /** Format: int64 */
            version: number;
        };
        CockpitView: {
            asOf: components["schemas"]["LocalDate"];
            /** Format: int32 */
            year: number;
            /** Format: int64 */
            unitId: number | null;
            projects: components["schemas"]["Projects"];
            signedProjects: components["schemas"]["SignedCounts"];
            totalInvestment: number;
            fundsArrived: components["schemas"]["Money"];
            foreignUsedUsd: components["schemas"]["Money"];
            /** Format: int32 */
            trips: number | null;
            /** Format: int32 */
            tripsTotal: number | null;
            /** Format: int32 */
            events: number | null;
            /** Format: int32 */
            eventSignedProjects: number | null;
            funnel: components["schemas"]["Funnel"];
            byIndustry: components["schemas"]["Breakdown"][];
            byZone: components["schemas"]["Breakdown"][];
            byUnit: components["schemas"]["Breakdown"][];
            monthly: components["schemas"]["Month"][];
            stalled: components["schemas"]["ProjectListItem"][];
            keyProjects: components["schemas"]["KeyProject"][];
            pending: components["schemas"]["Pending"];
            dataAsOf: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
        };
        Column: {
            /** Format: int32 */
            index: number;
            header: string;
            field: components["schemas"]["LedgerField"] | null;
            multiplier: number | null;
        };
        ConfirmRequest: {
            items: components["schemas"]["ChangeRef"][];
        };
        ConfirmationRequest: {
            required: boolean;
        };
        ConfirmationSetting: {
            required: boolean;
            updatedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            updatedBy: string | null;
            /** Format: int64 */
            version: number;
        };
        Confirmed: {
            /** Format: int32 */
            confirmed: number;
        };
        ContactInput: {
            name: string;
            title?: string | null;
            phone?: string | null;
            email?: string | null;
        };
        ContactView: {
            /** Format: int64 */
            id: number;
            name: string;
            title: string;
            phone: string;
            email: string;
        };
        ConvertRequest: {
            projectName: string;
            stage?: components["schemas"]["ProjectStage"] | null;
            effectiveDate?: components["schemas"]["LocalDate"] | null;
            pool?: components["schemas"]["ProjectPool"] | null;
            totalInvestment?: number | null;
        };
        Converted: {
            /** Format: int64 */
            leadId: number;
            /** Format: int64 */
            projectId: number;
        };
        /** @enum {string} */
        Coverage: "GAP" | "EXTEND" | "WEAK" | "COVERED";
        DeliveryRun: {
            /** Format: int32 */
            messages: number;
            /** Format: int32 */
            sent: number;
            /** Format: int32 */
            failed: number;
            /** Format: int32 */
            alreadySent: number;
        };
        DeliveryView: {
            /** Format: int64 */
            id: number;
            /** @enum {string} */
            kind: "DIGEST" | "ESCALATION";
            /** @enum {string} */
            channel: "EMAIL" | "WECOM" | "DINGTALK";
            recipientName: string;
            day: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            subject: string;
            /** @enum {string} */
            status: "SENDING" | "SENT" | "FAILED";
            /** Format: int32 */
            attempts: number;
            /** @description a failed message that will be tried again */
            willRetry: boolean;
            lastError: string | null;
            createdAt: components["schemas"]["Instant"];
            sentAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
        };
        DropRequest: {
            onDate: components["schemas"]["LocalDate"];
            note: string;
        };
        DuplicateGroup: {
            key: string;
            firms: components["schemas"]["EnterpriseListItem"][];
        };
        Edge: {
            /** Format: int64 */
            from: number;
            /** Format: int64 */
            to: number;
        };
        EdgeRequest: {
            from?: string | null;
            to?: string | null;
        };
        EmailDigestRequest: {
            on: boolean;
        };
        EnterpriseListItem: {
            /** Format: int64 */
            id: number;
            name: string;
            creditCode: string | null;
            regionCode: string | null;
            industryName: string | null;
            registeredCapital: number | null;
            tags: components["schemas"]["TagView"][];
            status: components["schemas"]["EnterpriseStatus"];
            /** Format: int64 */
            ownerUnitId: number;
            ownerUnitName: string;
            /** Format: int64 */
            version: number;
        };
        /** @enum {string} */
        EnterpriseNature: "CENTRAL_SOE" | "LOCAL_SOE" | "PRIVATE" | "FOREIGN" | "HK_MO_TW";
        EnterpriseRequest: {
            name: string;
            formerNames?: string[] | null;
            creditCode?: string | null;
            regionCode?: string | null;
            countryCode?: string | null;
            industryCode?: string | null;
            /** Format: int64 */
            industryId?: number | null;
            nature?: components["schemas"]["EnterpriseNature"] | null;
            registeredCapital?: number | null;
            revenueBand?: string | null;
            /** Format: int32 */
            employees?: number | null;
            website?: string | null;
            description?: string | null;
            status: components["schemas"]["EnterpriseStatus"];
            attractionMethod?: string | null;
            source?: string | null;
            tags?: components["schemas"]["TagInput"][] | null;
            contacts?: components["schemas"]["ContactInput"][] | null;
        };
        /** @enum {string} */
        EnterpriseStatus: "POOL" | "FOLLOWING" | "CONVERTED" | "DORMANT";
        /** @enum {string} */
        EnterpriseTagCode: "CHAIN_LEADER" | "BACKBONE" | "GAZELLE" | "UNICORN" | "SRDI" | "LITTLE_GIANT" | "HIDDEN_CHAMPION" | "HIGH_TECH" | "FORTUNE_500" | "CHINA_500" | "PRIVATE_500" | "LISTED" | "INDUSTRY_TOP10";
        EnterpriseView: {
            /** Format: int64 */
            id: number;
            name: string;
            formerNames: string[];
            creditCode: string | null;
            regionCode: string | null;
            countryCode: string | null;
            industryCode: string | null;
            /** Format: int64 */
            industryId: number | null;
            industryName: string | null;
            nature: components["schemas"]["EnterpriseNature"] | null;
            registeredCapital: number | null;
            revenueBand: string | null;
            /** Format: int32 */
            employees: number | null;
            website: string | null;
            description: string | null;
            /** Format: int64 */
            ownerUnitId: number;
            ownerUnitName: string;
            ownerUsername: string | null;
            status: components["schemas"]["EnterpriseStatus"];
            attractionMethod: string | null;
            source: string | null;
            tags: components["schemas"]["TagView"][];
            contacts: components["schemas"]["ContactView"][];
            canEdit: boolean;
            createdAt: components["schemas"]["Instant"];
            /** Format: int64 */
            version: number;
        };
        Event: {
            /** Format: int64 */
            id: number;
            name: string;
            heldOn: components["schemas"]["LocalDate"];
            credited: boolean;
        };
        EventCounts: {
            /** Format: int64 */
            projects?: number;
            /** Format: int64 */
            credited?: number;
            investmentCredited?: number;
        };
        EventDetail: {
            /** Format: int64 */
            id: number;
            name: string;
            kind: components["schemas"]["EventKind"];
            role: components["schemas"]["EventRole"];
            heldOn: components["schemas"]["LocalDate"];
            place: string | null;
            organiser: string | null;
            participants: string | null;
            summary: string | null;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            /** Format: int64 */
            projectCount: number;
            /** Format: int64 */
            creditedProjectCount: number;
            totalInvestmentCredited: number | null;
            canEdit: boolean;
            projects: components["schemas"]["EventProject"][];
            visits: components["schemas"]["VisitView"][];
            leads: components["schemas"]["LeadListItem"][];
            /** Format: int64 */
            version: number;
        };
        /** @enum {string} */
        EventKind: "PROMOTION" | "SIGNING" | "FORUM" | "EXPO" | "OTHER";
        EventProject: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            stage: components["schemas"]["ProjectStage"];
            totalInvestment: number;
            signedOn: components["schemas"]["LocalDate"];
            credited: boolean;
            /** Format: int64 */
            creditedEventId: number | null;
            creditedEventName: string | null;
        };
        EventProjectRequest: {
            /** Format: int64 */
            projectId: number;
        };
        EventRequest: {
            name: string;
            kind: components["schemas"]["EventKind"];
            role: components["schemas"]["EventRole"];
            heldOn: components["schemas"]["LocalDate"];
            place?: string | null;
            organiser?: string | null;
            participants?: string | null;
            summary?: string | null;
        };
        /** @enum {string} */
        EventRole: "HOSTED" | "ATTENDED";
        EventView: {
            /** Format: int64 */
            id: number;
            name: string;
            kind: components["schemas"]["EventKind"];
            role: components["schemas"]["EventRole"];
            heldOn: components["schemas"]["LocalDate"];
            place: string | null;
            organiser: string | null;
            participants: string | null;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            /** Format: int64 */
            projectCount: number;
            /** Format: int64 */
            creditedProjectCount: number;
            totalInvestmentCredited: number | null;
            /** Format: int64 */
            version: number;
        };
        Field: {
            field: components["schemas"]["LedgerField"];
            label: string;
            required: boolean;
        };
        Figure: {
            id: string;
            name: string;
            nameEn: string;
            definition: string;
            definitionEn: string;
            unit: components["schemas"]["FigureUnit"];
        };
        FigureDrill: {
            figure: string;
            period: string;
            from: components["schemas"]["LocalDate"];
            to: components["schemas"]["LocalDate"];
            /** Format: int64 */
            count: number;
            total: number;
            items: components["schemas"]["FigureDrillItem"][];
        };
        FigureDrillItem: {
            /** Format: int64 */
            projectId: number;
            code: string;
            name: string;
            unitName: string;
            stage: components["schemas"]["ProjectStage"];
            value: number;
        };
        /** @enum {string} */
        FigureUnit: "COUNT" | "CNY_10K" | "USD_10K" | "PERCENT" | "SCORE";
        Figures: {
            /** Format: int64 */
            newMonth: number;
            /** Format: int64 */
            negotiatingMonth: number;
            /** Format: int64 */
            signedMonth: number;
            /** Format: int64 */
            landedMonth: number;
            /** Format: int64 */
            newYear: number;
            /** Format: int64 */
            negotiatingYear: number;
            /** Format: int64 */
            signedYear: number;
            /** Format: int64 */
            landedYear: number;
            totalInvestmentNewYear: number;
            fundsMonth: number;
            fundsYearToDate: number;
            foreignUsdMonth: number;
            foreignUsdYearToDate: number;
        };
        Firm: {
            /** Format: int64 */
            id: number;
            name: string;
            creditCode: string | null;
            tags: components["schemas"]["TagView"][];
            status: components["schemas"]["EnterpriseStatus"];
            registeredCapital: number | null;
            ownerUnit: components["schemas"]["UnitRef"] | null;
            linkedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            linkedBy: string | null;
            note: string | null;
        };
        FundChange: {
            arrivedOn: components["schemas"]["LocalDate"];
            amount: number;
            foreignUsd: number | null;
            evidence: string;
        };
        FundRequest: {
            arrivedOn: components["schemas"]["LocalDate"];
            amount: number;
            foreignUsd?: number | null;
            originTier?: components["schemas"]["OriginTier"] | null;
            evidence: string;
        };
        FundTotals: {
            asOf: components["schemas"]["LocalDate"];
            month: number;
            yearToDate: number;
            allTime: number;
            foreignUsdMonth: number;
            foreignUsdYearToDate: number;
            foreignUsdAllTime: number;
        };
        FundView: {
            /** Format: int64 */
            id: number;
            arrivedOn: components["schemas"]["LocalDate"];
            amount: number;
            foreignUsd: number | null;
            originTier: components["schemas"]["OriginTier"] | null;
            evidence: string;
            recordedBy: string;
            recordedAt: components["schemas"]["Instant"];
            /** @enum {string} */
            status: "CONFIRMED" | "PENDING" | "RETURNED";
            returnReason: string | null;
            /** Format: int64 */
            version: number;
        };
        Funds: {
            items: components["schemas"]["FundView"][];
            totals: components["schemas"]["FundTotals"];
        };
        Funnel: {
            stages: components["schemas"]["FunnelStage"][];
        };
        FunnelStage: {
            stage: components["schemas"]["ProjectStage"];
            /** Format: int64 */
            reached: number;
            conversionFromPrevious: number | null;
            averageDaysFromPrevious: number | null;
        };
        GraphRequest: {
            nodes?: components["schemas"]["NodeRequest"][] | null;
            edges?: components["schemas"]["EdgeRequest"][] | null;
        };
        Group: {
            /** Format: int64 */
            id: number;
            name: string;
            figures: components["schemas"]["Figures"];
            targets: components["schemas"]["TargetLine"][] | null;
        };
        /** @enum {string} */
        HolidayKind: "OFF" | "WORKDAY";
        HolidayRequest: {
            day: components["schemas"]["LocalDate"];
            kind: components["schemas"]["HolidayKind"];
            name: string;
        };
        HolidayView: {
            /** Format: int64 */
            id: number;
            day: components["schemas"]["LocalDate"];
            kind: components["schemas"]["HolidayKind"];
            name: string;
            /** Format: int64 */
            version: number;
        };
        Inbox: {
            /** Format: int32 */
            count: number;
            items: components["schemas"]["PendingChange"][];
        };
        /** @enum {string} */
        IndustryCategory: "LEADING" | "FUTURE" | "OTHER";
        IndustryRef: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        IndustryRequest: {
            code: string;
            name: string;
            category: components["schemas"]["IndustryCategory"];
            /** Format: int32 */
            sortOrder?: number | null;
            gbt4754Codes?: string[] | null;
            description?: string | null;
        };
        IndustryView: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            category: components["schemas"]["IndustryCategory"];
            /** Format: int32 */
            sortOrder: number;
            gbt4754Codes: string[];
            description: string | null;
            retiredOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            /** Format: int64 */
            version: number;
        };
        /**
         * Format: date-time
         * @example 2022-03-10T16:15:50Z
         */
        Instant: string;
        /** @enum {string} */
        InvestmentKind: "NEW" | "UPGRADE" | "CAPITAL_INCREASE";
        Investor: {
            /** Format: int64 */
            id: number;
            name: string;
            creditCode: string | null;
            regionCode: string | null;
            countryCode: string | null;
        };
        /** @enum {string} */
        JobPhase: "PARSING" | "VALIDATING" | "WRITING";
        /** @enum {string} */
        JobState: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
        JobView: {
            id?: components["schemas"]["UUID"];
            kind?: string;
            state?: components["schemas"]["JobState"];
            phase?: components["schemas"]["JobPhase"];
            /** Format: int32 */
            done?: number;
            /** Format: int32 */
            total?: number;
            result?: components["schemas"]["JsonValue"];
            problem?: components["schemas"]["JsonValue"];
            createdAt?: components["schemas"]["Instant"];
            finishedAt?: components["schemas"]["Instant"];
        };
        /** @description Any JSON value */
        JsonValue: unknown;
        KeyProject: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            stage: components["schemas"]["ProjectStage"];
            unitName: string;
            sponsorLeader: string | null;
            totalInvestment: number | null;
            fundsYearToDate: number | null;
        };
        LeadListItem: {
            /** Format: int64 */
            id: number;
            title: string;
            source: components["schemas"]["LeadSource"];
            sourceDetail: string | null;
            receivedOn: components["schemas"]["LocalDate"];
            receivedBy: string;
            /** Format: int64 */
            enterpriseId: number | null;
            enterpriseName: string | null;
            /** Format: int64 */
            industryId: number | null;
            industryName: string | null;
            estimatedInvestment: number | null;
            status: components["schemas"]["LeadStatus"];
            overdue: boolean;
            clocks: components["schemas"]["Clock"][];
            nextDue: components["schemas"]["NextDue"] | null;
            /** Format: int64 */
            projectId: number | null;
            projectName: string | null;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            /** Format: int64 */
            version: number;
        };
        LeadRequest: {
            title: string;
            source: components["schemas"]["LeadSource"];
            sourceDetail?: string | null;
            receivedOn: components["schemas"]["LocalDate"];
            receivedBy?: string | null;
            /** Format: int64 */
            enterpriseId?: number | null;
            newEnterprise?: components["schemas"]["NewEnterprise"] | null;
            /** Format: int64 */
            industryId?: number | null;
            estimatedInvestment?: number | null;
            description?: string | null;
            /** Format: int64 */
            tripId?: number | null;
            /** Format: int64 */
            eventId?: number | null;
        };
        /** @enum {string} */
        LeadSource: "REFERRAL" | "AGENCY" | "EXPO" | "ONLINE" | "SUPERIOR" | "REINVESTMENT" | "VISIT" | "OTHER";
        /** @enum {string} */
        LeadStatus: "OPEN" | "CONVERTED" | "DROPPED";
        /** @enum {string} */
        LeadStepKind: "RECEIVED" | "RESPOND" | "ASSESS" | "FEEDBACK" | "PROGRESS" | "CONVERTED" | "DROPPED";
        LeadView: {
            /** Format: int64 */
            id: number;
            title: string;
            source: components["schemas"]["LeadSource"];
            sourceDetail: string | null;
            receivedOn: components["schemas"]["LocalDate"];
            receivedBy: string;
            /** Format: int64 */
            enterpriseId: number | null;
            enterpriseName: string | null;
            /** Format: int64 */
            industryId: number | null;
            industryName: string | null;
            estimatedInvestment: number | null;
            status: components["schemas"]["LeadStatus"];
            overdue: boolean;
            clocks: components["schemas"]["Clock"][];
            nextDue: components["schemas"]["NextDue"] | null;
            /** Format: int64 */
            projectId: number | null;
            projectName: string | null;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            description: string | null;
            assessment: string | null;
            assessmentResult: components["schemas"]["AssessmentResult"] | null;
            outcomeNote: string | null;
            /** Format: int64 */
            tripId: number | null;
            tripTitle: string | null;
            /** Format: int64 */
            eventId: number | null;
            eventName: string | null;
            canEdit: boolean;
            history: components["schemas"]["Step"][];
            /** Format: int64 */
            version: number;
        };
        /** @enum {string} */
        LedgerField: "CODE" | "NAME" | "POOL" | "STAGE" | "KEY_PROJECT" | "INVESTORS" | "CREDIT_CODE" | "NATURE" | "TAGS" | "ORIGIN" | "ORIGIN_TIER" | "INDUSTRY" | "INDUSTRY_CODE" | "ZONE" | "PARK_OR_SITE" | "STREET" | "CONTENT" | "METHOD" | "SOURCE" | "TOTAL" | "FIXED_ASSET" | "CONTRACT_USD" | "FUNDS_MONTH" | "FUNDS_YEAR" | "FUNDS_ALL" | "FOREIGN_USD" | "FOREIGN_USD_YEAR" | "NEGOTIATING_ON" | "SIGNED_ON" | "REGISTERED_ON" | "CONSTRUCTION_ON" | "OPERATING_ON" | "SPONSOR" | "UNIT" | "OWNER" | "PROGRESS" | "PROBLEM" | "COORDINATION" | "NEXT_STEP";
        LedgerPreview: {
            fileName: string;
            sheets: string[];
            sheet: string;
            title: string | null;
            headerRows: number[];
            month: string;
            /** @enum {string} */
            monthSource: "TITLE" | "FILE_NAME" | "DEFAULT";
            monthClosed: boolean;
            closedMonths: string[];
            columns: components["schemas"]["Column"][];
            fields: components["schemas"]["Field"][];
            rows: components["schemas"]["Row"][];
            /** Format: int32 */
            dataRows: number;
            skipped: components["schemas"]["Skipped"][];
            remembered: boolean;
        };
        LedgerScope: {
            /** Format: int64 */
            unitId: number | null;
            unitName: string | null;
        };
        LinkRequest: {
            /** Format: int64 */
            enterpriseId: number;
            role: components["schemas"]["ChainRole"];
            note?: string | null;
        };
        LinkedProject: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            stage: components["schemas"]["ProjectStage"];
            totalInvestment: number | null;
        };
        ListItem: {
            /** Format: int64 */
            id: number;
            name: string;
            industry: components["schemas"]["IndustryRef"];
            description: string | null;
            /** Format: int32 */
            sortOrder: number;
            /** Format: int64 */
            version: number;
            /** Format: int32 */
            nodeCount: number;
            /** Format: int32 */
            gapCount: number;
            /** Format: int32 */
            extendCount: number;
            /** Format: int32 */
            weakCount: number;
            /** Format: int32 */
            coveredCount: number;
        };
        /**
         * Format: date
         * @example 2022-03-10
         */
        LocalDate: string;
        MeView: {
            username: string;
            displayName: string;
            roles: string[];
            unit: components["schemas"]["UnitRef"] | null;
            /** @description where reminders are mailed; from the token */
            email: string | null;
            emailDigest: boolean;
        };
        MergeRequest: {
            /** Format: int64 */
            otherId: number;
        };
        /** @enum {string} */
        Metric: "SIGNED" | "LANDED" | "FUNDS" | "FOREIGN_USD";
        MetricResult: {
            metric: components["schemas"]["Metric"];
            actual: number;
            target: number | null;
            completionPercent: number | null;
            aheadPoints: number | null;
            pacePercent: number | null;
            score: number | null;
        };
        Milestones: {
            negotiatingOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            signedOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            registeredOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            constructionOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            operatingOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
        };
        Money: {
            month: number;
            yearToDate: number;
            yearToDateLastYear: number;
        };
        Month: {
            /** Format: int32 */
            month: number;
            newProjects: components["schemas"]["NewProjects"];
            newProjectsLastYear: components["schemas"]["NewProjects"];
            funds: number;
            fundsLastYear: number;
            foreignUsd: number;
        };
        MonthlyReport: {
            figureIds: {
                [key: string]: string;
            };
            month: string;
            from: components["schemas"]["LocalDate"];
            to: components["schemas"]["LocalDate"];
            summary: components["schemas"]["Figures"];
            newYoyPercent: number | null;
            fundsYoyPercent: number | null;
            foreignUsdYoyPercent: number | null;
            /** Format: int64 */
            newLastYear: number | null;
            fundsLastYear: number | null;
            foreignUsdLastYear: number | null;
            byUnit: components["schemas"]["Group"][];
            byIndustry: components["schemas"]["Group"][];
            projects: components["schemas"]["ReportRow"][];
            publication: components["schemas"]["Publication"];
            targets: components["schemas"]["Targets"] | null;
            ledgerScope: components["schemas"]["LedgerScope"] | null;
            dataAsOf: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
        };
        MyWeek: {
            from: components["schemas"]["LocalDate"];
            to: components["schemas"]["LocalDate"];
            /** @enum {string} */
            scope: "mine" | "unit";
            followUps: components["schemas"]["VisitView"][];
            overdueLeads: components["schemas"]["LeadListItem"][];
            dueLeads: components["schemas"]["LeadListItem"][];
            visits: components["schemas"]["VisitView"][];
        };
        NewEnterprise: {
            name: string;
            creditCode?: string | null;
        };
        NewProjects: {
            /** Format: int64 */
            negotiating: number;
            /** Format: int64 */
            signed: number;
            /** Format: int64 */
            landed: number;
            /** Format: int64 */
            total: number;
        };
        /** @enum {string} */
        NewStage: "NEGOTIATING" | "SIGNED" | "LANDED" | "ANY";
        NextDue: {
            kind: components["schemas"]["ClockKind"];
            dueOn: components["schemas"]["LocalDate"];
        };
        Node: {
            /** Format: int64 */
            id: number;
            name: string;
            segment: components["schemas"]["ChainSegment"];
            /** Format: int32 */
            sortOrder: number;
            description: string | null;
            /** Format: int64 */
            localCount: number;
            /** Format: int64 */
            leaderCount: number;
            /** Format: int64 */
            targetCount: number;
            /** Format: int64 */
            projectCount: number;
            coverage: components["schemas"]["Coverage"];
        };
        NodeDetail: {
            node: components["schemas"]["Node"];
            locals: components["schemas"]["Firm"][];
            targets: components["schemas"]["Target"][];
            projects: components["schemas"]["ProjectRef"][];
        };
        NodeRequest: {
            /** Format: int64 */
            id?: number | null;
            key?: string | null;
            name?: string | null;
            segment?: components["schemas"]["ChainSegment"] | null;
            /** Format: int32 */
            sortOrder?: number | null;
            description?: string | null;
        };
        OpenRequest: {
            entry: components["schemas"]["WorklogView"];
            /** Format: int64 */
            projectId: number;
            projectCode: string;
            projectName: string;
            sponsorLeader: string | null;
            unitName: string;
        };
        /** @enum {string} */
        OriginTier: "OVERSEAS" | "OUT_OF_PROVINCE" | "OUT_OF_CITY" | "OUT_OF_DISTRICT" | "LOCAL";
        OurAttendee: {
            username: string | null;
            name: string;
        };
        OurAttendeeRequest: {
            username?: string | null;
            name: string;
        };
        /** @enum {string} */
        OwnerType: "PROJECT" | "FUND" | "VISIT" | "ENTERPRISE" | "LEAD";
        PageViewAuditEntryView: {
            items: components["schemas"]["AuditEntryView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewDeliveryView: {
            items: components["schemas"]["DeliveryView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewEnterpriseListItem: {
            items: components["schemas"]["EnterpriseListItem"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewEventView: {
            items: components["schemas"]["EventView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewHolidayView: {
            items: components["schemas"]["HolidayView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewIndustryView: {
            items: components["schemas"]["IndustryView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewLeadListItem: {
            items: components["schemas"]["LeadListItem"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewParkView: {
            items: components["schemas"]["ParkView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewProjectListItem: {
            items: components["schemas"]["ProjectListItem"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewSiteView: {
            items: components["schemas"]["SiteView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewTripView: {
            items: components["schemas"]["TripView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewUnitView: {
            items: components["schemas"]["UnitView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewUserView: {
            items: components["schemas"]["UserView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewVisitView: {
            items: components["schemas"]["VisitView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        PageViewZoneView: {
            items: components["schemas"]["ZoneView"][];
            /**
             * Format: int64
             * @description null when there are too many to count exactly
             */
            total: number | null;
            next: string | null;
        };
        ParkRequest: {
            code: string;
            name: string;
            /** Format: int64 */
            zoneId?: number | null;
            status: components["schemas"]["ParkStatus"];
            description?: string | null;
        };
        /** @enum {string} */
        ParkStatus: "PLANNED" | "OPERATING";
        ParkView: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            zone: components["schemas"]["Ref"] | null;
            status: components["schemas"]["ParkStatus"];
            description: string | null;
            /** Format: int64 */
            version: number;
        };
        Pending: {
            /** Format: int64 */
            stageChanges: number;
            /** Format: int64 */
            funds: number;
        };
        PendingChange: {
            kind: components["schemas"]["ChangeKind"];
            /** Format: int64 */
            id: number;
            /** Format: int64 */
            projectId: number;
            projectCode: string;
            projectName: string;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            recordedBy: string;
            recordedAt: components["schemas"]["Instant"];
            stage: components["schemas"]["StageChange"] | null;
            fund: components["schemas"]["FundChange"] | null;
            returnedBy: string | null;
            returnedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            reason: string | null;
            recordedByName: string;
            returnedByName: string | null;
        };
        PendingView: {
            transition: components["schemas"]["TransitionView"];
            /** Format: int64 */
            projectId: number;
            projectCode: string;
            projectName: string;
        };
        /** @enum {string} */
        Period: "MONTH" | "YTD" | "LAST_YTD";
        Person: {
            username: string;
            displayName: string;
        };
        Placement: {
            /** Format: int64 */
            chainId: number;
            chainName: string;
            /** Format: int64 */
            nodeId: number;
            nodeName: string;
            segment: components["schemas"]["ChainSegment"];
            role: components["schemas"]["ChainRole"];
        };
        ProjectListItem: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            stage: components["schemas"]["ProjectStage"];
            pool: components["schemas"]["ProjectPool"];
            keyProject: boolean;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            ownerUsername: string | null;
            sponsorLeader: string | null;
            /** Format: int64 */
            industryId: number | null;
            industryName: string | null;
            /** Format: int64 */
            zoneId: number | null;
            zoneName: string | null;
            investorNames: string[];
            totalInvestment: number | null;
            stageSince: components["schemas"]["LocalDate"];
            pendingConfirmation: boolean;
            stalled: components["schemas"]["Stalled"] | null;
            /** Format: int64 */
            version: number;
        };
        /** @enum {string} */
        ProjectPool: "PLANNING" | "PROMOTION" | "IMPLEMENTATION";
        ProjectRef: {
            /** Format: int64 */
            id: number;
            name: string;
            stage: components["schemas"]["ProjectStage"];
            unit: components["schemas"]["UnitRef"] | null;
            totalInvestment: number | null;
        };
        ProjectRequest: {
            code?: string | null;
            name: string;
            pool: components["schemas"]["ProjectPool"];
            keyProject?: boolean | null;
            investorEnterpriseIds?: number[] | null;
            originTier?: components["schemas"]["OriginTier"] | null;
            /** Format: int64 */
            industryId?: number | null;
            industryCode?: string | null;
            /** Format: int64 */
            zoneId?: number | null;
            /** Format: int64 */
            parkId?: number | null;
            /** Format: int64 */
            siteId?: number | null;
            street?: string | null;
            constructionContent?: string | null;
            attractionMethod?: string | null;
            source?: string | null;
            totalInvestment?: number | null;
            fixedAssetInvestment?: number | null;
            contractForeignUsd?: number | null;
            ownerUsername?: string | null;
            sponsorLeader?: string | null;
            sponsorUsername?: string | null;
            plan?: string | null;
            stage?: components["schemas"]["ProjectStage"] | null;
            effectiveDate?: components["schemas"]["LocalDate"] | null;
            /** Format: int64 */
            leadId?: number | null;
            /** Format: int64 */
            tripId?: number | null;
            investmentKind?: components["schemas"]["InvestmentKind"] | null;
            /** Format: int64 */
            baseProjectId?: number | null;
            incrementInvestment?: number | null;
        };
        /** @enum {string} */
        ProjectStage: "LEAD" | "NEGOTIATING" | "SIGNED" | "REGISTERED" | "CONSTRUCTION" | "OPERATING" | "ON_HOLD" | "TERMINATED";
        ProjectView: {
            agreementType: components["schemas"]["AgreementType"] | null;
            code: string;
            parkName: string | null;
            incrementInvestment: number | null;
            siteName: string | null;
            /** Format: int64 */
            baseProjectId: number | null;
            /** Format: int64 */
            tripId: number | null;
            source: string | null;
            stageSince: components["schemas"]["LocalDate"];
            /** Format: int64 */
            parkId: number | null;
            industryCode: string | null;
            createdAt: components["schemas"]["Instant"];
            /** Format: int64 */
            industryId: number | null;
            keyProject: boolean;
            contractForeignUsd: number | null;
            investmentKind: components["schemas"]["InvestmentKind"];
            tripTitle: string | null;
            street: string | null;
            originTier: components["schemas"]["OriginTier"] | null;
            /** Format: int64 */
            zoneId: number | null;
            /** Format: int64 */
            unitId: number;
            /** Format: int64 */
            id: number;
            zoneName: string | null;
            plan: string | null;
            sponsorUsername: string | null;
            /** Format: int64 */
            leadId: number | null;
            updatedAt: components["schemas"]["Instant"];
            industryName: string | null;
            originTierComputed: boolean;
            constructionContent: string | null;
            sponsorLeader: string | null;
            unitName: string;
            pool: components["schemas"]["ProjectPool"];
            baseProjectName: string | null;
            /** Format: int64 */
            version: number;
            stage: components["schemas"]["ProjectStage"];
            attractionMethod: string | null;
            ownerUsername: string | null;
            name: string;
            heldStage: components["schemas"]["ProjectStage"] | null;
            /** Format: int64 */
            siteId: number | null;
            fixedAssetInvestment: number | null;
            countedInvestment: number | null;
            totalInvestment: number | null;
            leadTitle: string | null;
            investors: components["schemas"]["Investor"][];
            investorEnterpriseIds: number[];
            milestones: components["schemas"]["Milestones"];
            events: components["schemas"]["Event"][];
            stalled: components["schemas"]["Stalled"] | null;
            canEdit: boolean;
            canConfirm: boolean;
        };
        Projects: {
            newThisYear: components["schemas"]["NewProjects"];
            newSamePeriodLastYear: components["schemas"]["NewProjects"];
            newThisMonth: components["schemas"]["NewProjects"];
            byStage: {
                [key: string]: number;
            };
        };
        Publication: {
            status: string;
            closedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            closedBy: string | null;
            closedByName: string | null;
            liveSummary: components["schemas"]["Figures"] | null;
            adjustments: components["schemas"]["Adjustment"][];
        };
        /** @enum {string} */
        RankingMethod: "COMPLETION" | "EFFICACY";
        RankingRuleRequest: {
            method?: components["schemas"]["RankingMethod"] | null;
            capPercent?: number | null;
            weights?: {
                [key: string]: number;
            } | null;
        };
        RankingRuleView: {
            /** Format: int32 */
            year: number;
            method: components["schemas"]["RankingMethod"];
            capPercent: number;
            weights: {
                [key: string]: number;
            };
            configured: boolean;
            /** Format: int64 */
            version: number;
            updatedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            updatedBy: string | null;
        };
        RankingView: {
            /** Format: int32 */
            year: number;
            asOf: components["schemas"]["LocalDate"];
            /** Format: int32 */
            month: number;
            timeProgressPercent: number;
            rule: components["schemas"]["RankingRuleView"];
            units: components["schemas"]["UnitRanking"][];
        };
        Reason: {
            kind: components["schemas"]["ReasonKind"];
            /** Format: int32 */
            points: number;
            tag?: components["schemas"]["EnterpriseTagCode"];
            amount?: number;
            /** Format: int32 */
            count?: number;
        };
        /** @enum {string} */
        ReasonKind: "TAG" | "CAPITAL" | "VISITS" | "OPEN_LEAD" | "FOLLOWING";
        Ref: {
            /** Format: int64 */
            id: number;
            name: string;
        };
        Region: {
            code: string;
            name: string;
            children?: components["schemas"]["Region"][];
        };
        RegionTree: {
            /** Format: int32 */
            dataYear: number;
            items: components["schemas"]["Region"][];
        };
        Reminder: {
            /** @enum {string} */
            kind: "FOLLOW_UP" | "LEAD_OVERDUE" | "CONFIRMATIONS_PENDING" | "CHANGE_RETURNED";
            /** Format: int64 */
            id: number;
            title: string;
            dueOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
        };
        Reminders: {
            /** Format: int32 */
            count: number;
            items: components["schemas"]["Reminder"][];
        };
        ReopenRequest: {
            reason: string;
        };
        ReportRow: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            pool: string;
            stage: string;
            keyProject: boolean;
            investors: string;
            creditCodes: string;
            originTier: string;
            industry: string;
            industryCode: string;
            zone: string;
            park: string;
            street: string;
            constructionContent: string;
            attractionMethod: string;
            source: string;
            totalInvestment: number;
            fixedAssetInvestment: number;
            contractForeignUsd: number;
            fundsMonth: number;
            fundsYearToDate: number;
            fundsAllTime: number;
            foreignUsdMonth: number;
            foreignUsdYearToDate: number;
            negotiatingOn: components["schemas"]["LocalDate"];
            signedOn: components["schemas"]["LocalDate"];
            registeredOn: components["schemas"]["LocalDate"];
            constructionOn: components["schemas"]["LocalDate"];
            operatingOn: components["schemas"]["LocalDate"];
            sponsorLeader: string;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            ownerUsername: string;
            /** Format: int64 */
            industryId: number;
            newThisMonth: string;
            newThisYear: string;
            countedInvestment: number;
        };
        ResolveRequest: {
            resolution: string;
        };
        RetireRequest: {
            retiredOn?: components["schemas"]["LocalDate"] | null;
        };
        ReturnRequest: {
            kind: components["schemas"]["ChangeKind"];
            /** Format: int64 */
            id: number;
            reason?: string | null;
        };
        Row: {
            /** Format: int32 */
            row: number;
            cells: string[];
        };
        SignedCounts: {
            /** Format: int64 */
            month: number;
            /** Format: int64 */
            yearToDate: number;
            /** Format: int64 */
            yearToDateLastYear: number;
        };
        /** @enum {string} */
        SiteKind: "BUILDING" | "FLOOR" | "FACTORY" | "LAND";
        SiteRequest: {
            name: string;
            kind: components["schemas"]["SiteKind"];
            /** Format: int64 */
            parkId?: number | null;
            /** Format: int64 */
            zoneId?: number | null;
            address?: string | null;
            longitude?: number | null;
            latitude?: number | null;
            areaSqm: number;
            freeAreaSqm: number;
            contactName?: string | null;
            contactPhone?: string | null;
            description?: string | null;
            suitableIndustryIds?: number[] | null;
        };
        SiteView: {
            /** Format: int64 */
            id: number;
            name: string;
            kind: components["schemas"]["SiteKind"];
            park: components["schemas"]["Ref"] | null;
            zone: components["schemas"]["Ref"] | null;
            address: string | null;
            longitude: number;
            latitude: number;
            areaSqm: number;
            freeAreaSqm: number;
            contactName: string | null;
            contactPhone: string | null;
            description: string | null;
            suitableIndustries: components["schemas"]["Ref"][];
            /** Format: int64 */
            version: number;
        };
        Skipped: {
            /** Format: int32 */
            row: number;
            reason: string;
        };
        Sponsored: {
            /** Format: int64 */
            projects: number;
            /** Format: int64 */
            stalled: number;
            /** Format: int64 */
            pendingConfirmation: number;
        };
        StageChange: {
            fromStage: components["schemas"]["ProjectStage"] | null;
            toStage: components["schemas"]["ProjectStage"];
            effectiveDate: components["schemas"]["LocalDate"];
            correction: boolean;
            note: string | null;
        };
        /** @enum {string} */
        StallRuleKind: "NO_WORKLOG" | "STUCK";
        StallRuleRequest: {
            /** Format: int32 */
            days: number;
            enabled: boolean;
        };
        StallRuleView: {
            /** Format: int64 */
            id: number;
            stage: components["schemas"]["ProjectStage"];
            kind: components["schemas"]["StallRuleKind"];
            /** Format: int32 */
            days: number;
            enabled: boolean;
            /** Format: int64 */
            version: number;
        };
        Stalled: {
            /** Format: int64 */
            ruleId: number;
            code: components["schemas"]["StallRuleKind"];
            /** Format: int64 */
            days: number;
            message: string;
        };
        Step: {
            /** Format: int64 */
            id: number;
            kind: components["schemas"]["LeadStepKind"];
            onDate: components["schemas"]["LocalDate"];
            note: string | null;
            recordedBy: string;
            recordedAt: components["schemas"]["Instant"];
        };
        StepRequest: {
            kind: components["schemas"]["ClockKind"];
            onDate: components["schemas"]["LocalDate"];
            note?: string | null;
            assessmentResult?: components["schemas"]["AssessmentResult"] | null;
        };
        Summary: {
            /** Format: int32 */
            nodes: number;
            /** Format: int32 */
            gaps: number;
            /** Format: int32 */
            extend: number;
            /** Format: int32 */
            weak: number;
            /** Format: int32 */
            covered: number;
        };
        TagInput: {
            tag: components["schemas"]["EnterpriseTagCode"];
            /** Format: int32 */
            listYear?: number | null;
        };
        TagView: {
            tag: components["schemas"]["EnterpriseTagCode"];
            /** Format: int32 */
            listYear: number | null;
        };
        Target: {
            note: string | null;
            creditCode: string | null;
            registeredCapital: number | null;
            linkedBy: string | null;
            name: string;
            linkedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            ownerUnit: components["schemas"]["UnitRef"] | null;
            /** Format: int64 */
            id: number;
            tags: components["schemas"]["TagView"][];
            status: components["schemas"]["EnterpriseStatus"];
            /** Format: int32 */
            score: number;
            reasons: components["schemas"]["Reason"][];
        };
        TargetGrid: {
            /** Format: int32 */
            year: number;
            /** Format: int64 */
            version: number;
            updatedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            updatedBy: string | null;
            metrics: components["schemas"]["Metric"][];
            units: components["schemas"]["UnitTargets"][];
            totals: {
                [key: string]: number;
            };
        };
        TargetGridRequest: {
            units?: components["schemas"]["UnitTargetsRequest"][] | null;
        };
        TargetLine: {
            figure: string;
            metric: components["schemas"]["Metric"];
            target: number | null;
            actual: number;
            completionPercent: number | null;
            aheadPoints: number | null;
        };
        Targets: {
            /** Format: int32 */
            month: number;
            timeProgressPercent: number;
            lines: components["schemas"]["TargetLine"][];
        };
        TheirAttendee: {
            /** Format: int64 */
            contactId: number | null;
            name: string;
            title: string | null;
        };
        TheirAttendeeRequest: {
            /** Format: int64 */
            contactId?: number | null;
            name: string;
            title?: string | null;
        };
        TimelineEntry: {
            /** @enum {string} */
            kind: "VISIT" | "LEAD" | "TRIP" | "EVENT" | "PROJECT";
            /** Format: int64 */
            id: number | null;
            date: components["schemas"]["LocalDate"];
            code: string | null;
            title: string | null;
            detail: string | null;
            unitName: string;
            restricted: boolean;
            /** @description a visit's photos: attachment ids, thumbnails at /api/attachments/{id}/thumbnail */
            photoIds: number[];
        };
        TransitionRequest: {
            toStage: components["schemas"]["ProjectStage"];
            effectiveDate: components["schemas"]["LocalDate"];
            note?: string | null;
            agreementType?: components["schemas"]["AgreementType"] | null;
            correction?: boolean | null;
        };
        TransitionView: {
            /** Format: int64 */
            id: number;
            fromStage: components["schemas"]["ProjectStage"] | null;
            toStage: components["schemas"]["ProjectStage"];
            effectiveDate: components["schemas"]["LocalDate"];
            recordedAt: components["schemas"]["Instant"];
            recordedBy: string;
            note: string | null;
            agreementType: components["schemas"]["AgreementType"] | null;
            correction: boolean;
            reverted: boolean;
            confirmedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            confirmedBy: string | null;
        };
        TripCounts: {
            /** Format: int64 */
            visits?: number;
            /** Format: int64 */
            leads?: number;
            /** Format: int64 */
            projects?: number;
        };
        TripDetail: {
            /** Format: int64 */
            id: number;
            title: string;
            leaderName: string | null;
            leaderLed: boolean;
            delegation: string[];
            cities: string[];
            startDate: components["schemas"]["LocalDate"];
            endDate: components["schemas"]["LocalDate"];
            purpose: string | null;
            outcome: string | null;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            /** Format: int64 */
            visitCount: number;
            /** Format: int64 */
            leadCount: number;
            /** Format: int64 */
            projectCount: number;
            canEdit: boolean;
            visits: components["schemas"]["VisitView"][];
            leads: components["schemas"]["LeadListItem"][];
            projects: components["schemas"]["LinkedProject"][];
            /** Format: int64 */
            version: number;
        };
        TripRequest: {
            title: string;
            leaderName?: string | null;
            delegation?: string[] | null;
            cities: string[];
            startDate: components["schemas"]["LocalDate"];
            endDate: components["schemas"]["LocalDate"];
            purpose?: string | null;
            outcome?: string | null;
        };
        TripView: {
            /** Format: int64 */
            id: number;
            title: string;
            leaderName: string | null;
            leaderLed: boolean;
            delegation: string[];
            cities: string[];
            startDate: components["schemas"]["LocalDate"];
            endDate: components["schemas"]["LocalDate"];
            purpose: string | null;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            /** Format: int64 */
            visitCount: number;
            /** Format: int64 */
            leadCount: number;
            /** Format: int64 */
            projectCount: number;
            /** Format: int64 */
            version: number;
        };
        TypeView: {
            type: string;
            label: string;
        };
        /** Format: uuid */
        UUID: string;
        /** @enum {string} */
        UnitKind: "STREET" | "DEPARTMENT" | "PARK";
        UnitRanking: {
            /** Format: int64 */
            unitId: number;
            unitCode: string;
            unitName: string;
            /** Format: int32 */
            rank: number | null;
            score: number | null;
            metrics: components["schemas"]["MetricResult"][];
        };
        UnitRef: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
        };
        UnitRequest: {
            code: string;
            name: string;
            kind: components["schemas"]["UnitKind"];
        };
        UnitTargets: {
            /** Format: int64 */
            unitId: number;
            unitCode: string;
            unitName: string;
            unitKind: components["schemas"]["UnitKind"];
            targets: {
                [key: string]: number;
            };
        };
        UnitTargetsRequest: {
            /** Format: int64 */
            unitId?: number | null;
            targets?: {
                [key: string]: number;
            } | null;
        };
        UnitView: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            kind: components["schemas"]["UnitKind"];
            /** Format: int64 */
            version: number;
        };
        UserRequest: {
            displayName?: string | null;
            /** Format: int64 */
            unitId?: number | null;
        };
        UserView: {
            username: string;
            displayName: string | null;
            unit: components["schemas"]["UnitRef"] | null;
            lastSeenAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            /** @description from the user's last token; none: no reminder mail */
            email: string | null;
            /** @description the user's own switch for the daily digest by mail */
            emailDigest: boolean;
            /** Format: int64 */
            version: number;
        };
        /** @enum {string} */
        VisitIntent: "NONE" | "WEAK" | "CLEAR" | "PROJECT";
        /** @enum {string} */
        VisitKind: "ON_SITE" | "RECEPTION" | "PHONE" | "VIDEO" | "EXPO";
        VisitRequest: {
            visitedOn: components["schemas"]["LocalDate"];
            /** Format: int64 */
            enterpriseId: number;
            kind: components["schemas"]["VisitKind"];
            summary: string;
            intent: components["schemas"]["VisitIntent"];
            nextStep?: string | null;
            followUpOn?: components["schemas"]["LocalDate"] | null;
            ourParticipants?: components["schemas"]["OurAttendeeRequest"][] | null;
            theirParticipants?: components["schemas"]["TheirAttendeeRequest"][] | null;
            /** Format: int64 */
            tripId?: number | null;
            /** Format: int64 */
            eventId?: number | null;
            /** Format: int64 */
            projectId?: number | null;
            /** Format: int64 */
            leadId?: number | null;
        };
        VisitView: {
            /** Format: int64 */
            id: number;
            visitedOn: components["schemas"]["LocalDate"];
            kind: components["schemas"]["VisitKind"];
            /** Format: int64 */
            enterpriseId: number;
            enterpriseName: string;
            summary: string;
            intent: components["schemas"]["VisitIntent"];
            nextStep: string | null;
            followUpOn: ((string | components["schemas"]["LocalDate"] | null) | null) | components["schemas"]["LocalDate"] | null;
            followUpDone: boolean;
            ourParticipants: components["schemas"]["OurAttendee"][];
            theirParticipants: components["schemas"]["TheirAttendee"][];
            /** Format: int64 */
            tripId: number | null;
            tripTitle: string | null;
            /** Format: int64 */
            eventId: number | null;
            eventName: string | null;
            /** Format: int64 */
            projectId: number | null;
            projectName: string | null;
            /** Format: int64 */
            leadId: number | null;
            leadTitle: string | null;
            /** Format: int64 */
            unitId: number;
            unitName: string;
            recordedBy: string;
            recordedAt: components["schemas"]["Instant"];
            canEdit: boolean;
            /** Format: int64 */
            version: number;
        };
        /** @enum {string} */
        WebhookKind: "WECOM" | "DINGTALK";
        WebhookRequest: {
            kind: components["schemas"]["WebhookKind"];
            url: string;
            /** @description DingTalk's signing secret (SEC…): null keeps the one set, empty removes it */
            secret?: string | null;
        };
        WebhookView: {
            /** Format: int64 */
            unitId: number;
            unitCode: string;
            unitName: string;
            kind: components["schemas"]["WebhookKind"] | null;
            url: string | null;
            signed: boolean;
            /**
             * Format: int64
             * @description for If-Match; null: no robot set
             */
            version: number | null;
        };
        /** @enum {string} */
        WorklogKind: "PROGRESS" | "PROBLEM" | "COORDINATION" | "NEXT_STEP";
        WorklogRequest: {
            loggedOn: components["schemas"]["LocalDate"];
            kind: components["schemas"]["WorklogKind"];
            content: string;
        };
        WorklogView: {
            /** Format: int64 */
            id: number;
            loggedOn: components["schemas"]["LocalDate"];
            kind: components["schemas"]["WorklogKind"];
            content: string;
            recordedBy: string;
            recordedAt: components["schemas"]["Instant"];
            resolvedAt: ((string | components["schemas"]["Instant"] | null) | null) | components["schemas"]["Instant"] | null;
            resolvedBy: string | null;
            resolution: string | null;
            /** Format: int64 */
            version: number;
        };
        /** @enum {string} */
        ZoneKind: "AXIS" | "BELT" | "CLUSTER";
        ZoneRequest: {
            code: string;
            name: string;
            kind: components["schemas"]["ZoneKind"];
            /** Format: int32 */
            sortOrder?: number | null;
            description?: string | null;
        };
        ZoneView: {
            /** Format: int64 */
            id: number;
            code: string;
            name: string;
            kind: components["schemas"]["ZoneKind"];
            /** Format: int32 */
            sortOrder: number;
            description: string | null;
            /** Format: int64 */
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
