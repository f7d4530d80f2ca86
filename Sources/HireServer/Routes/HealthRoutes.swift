import Hummingbird

/// `GET /healthz` for load balancers and `GET /style.css`, the one stylesheet of every page.
struct HealthRoutes {
    var routes: RouteCollection<HireRequestContext> {
        let routes = RouteCollection(context: HireRequestContext.self)
        routes.get("healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        }
        routes.get("style.css") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: .init(byteBuffer: ByteBuffer(string: Pages.stylesheet)))
        }
        return routes
    }
}
